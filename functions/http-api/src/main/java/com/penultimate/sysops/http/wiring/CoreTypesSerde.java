package com.penultimate.sysops.http.wiring;

import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.matching.CandidateAssessment;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.CustomerProfile;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.ExpertProfile;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.usecase.NewTicket;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the core's plain records travel as JSON without the core knowing any JSON library. */
@SerdeImport(GeoPoint.class)
@SerdeImport(Address.class)
@SerdeImport(CustomerProfile.class)
@SerdeImport(SupportContract.class)
@SerdeImport(ServiceArea.class)
@SerdeImport(ExpertProfile.class)
@SerdeImport(Expert.class)
@SerdeImport(Product.class)
@SerdeImport(Transition.class)
@SerdeImport(NewTicket.class)
@SerdeImport(FieldProblem.class)
@SerdeImport(AssignmentExplanation.class)
@SerdeImport(CandidateAssessment.class)
public final class CoreTypesSerde {
    private CoreTypesSerde() {
    }
}
