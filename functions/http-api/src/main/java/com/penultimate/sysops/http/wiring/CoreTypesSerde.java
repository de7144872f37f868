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

/**
 * Lets the core's plain records travel as JSON without the core knowing any JSON library; those clients send refuse
 * unknown properties ({@link StrictRequestBody}).
 */
@SerdeImport(value = GeoPoint.class, mixin = StrictRequestBody.class)
@SerdeImport(value = Address.class, mixin = StrictRequestBody.class)
@SerdeImport(value = CustomerProfile.class, mixin = StrictRequestBody.class)
@SerdeImport(SupportContract.class)
@SerdeImport(value = ServiceArea.class, mixin = StrictRequestBody.class)
@SerdeImport(value = ExpertProfile.class, mixin = StrictRequestBody.class)
@SerdeImport(Expert.class)
@SerdeImport(value = Product.class, mixin = StrictRequestBody.class)
@SerdeImport(Transition.class)
@SerdeImport(value = NewTicket.class, mixin = StrictRequestBody.class)
@SerdeImport(FieldProblem.class)
@SerdeImport(AssignmentExplanation.class)
@SerdeImport(CandidateAssessment.class)
public final class CoreTypesSerde {
    private CoreTypesSerde() {
    }
}
