package com.penultimate.sysops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.penultimate.sysops.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoCloudOrFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "software.amazon..", "com.amazonaws..", "io.micronaut..", "jakarta.inject..",
                    "com.fasterxml.jackson..")
            .because("the domain must not depend on AWS, Micronaut or a JSON library (DESIGN.md §3)");

    @ArchTest
    static final ArchRule modelDependsOnNothingOutward = noClasses().that().resideInAPackage("..core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.usecase..", "..core.port..");
}
