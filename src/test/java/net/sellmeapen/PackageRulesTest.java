package net.sellmeapen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the project (see README "How it is built"), checked on the compiled classes. */
@AnalyzeClasses(packages = "net.sellmeapen", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String[] FEATURES = {"net.sellmeapen.trainee..", "net.sellmeapen.training..",
        "net.sellmeapen.buyer..", "net.sellmeapen.evaluation..", "net.sellmeapen.voice..", "net.sellmeapen.admin..",
        "net.sellmeapen.web..", "net.sellmeapen.coaching.."};

    /** The classes that face HTTP: route and page classes, the server and filter classes, and {@code web}. */
    private static final DescribedPredicate<JavaClass> EDGES = DescribedPredicate.describe("HTTP edge classes",
            javaClass -> javaClass.getPackageName().equals("net.sellmeapen")
                    || javaClass.getPackageName().startsWith("net.sellmeapen.web")
                    || javaClass.getName().matches(".*\\.(\\w*(Routes|Pages|Forms|Api|Server|Gateway|Views|Params)"
                            + "|BearerAuth|AdminTokenFilter)(\\$.*)?"));

    @ArchTest
    static final ArchRule conversation_depends_on_no_other_project_package = classes()
            .that().resideInAPackage("net.sellmeapen.conversation")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("net.sellmeapen..")
                    .or(JavaClass.Predicates.resideInAPackage("net.sellmeapen.conversation")));

    @ArchTest
    static final ArchRule foundations_depend_on_no_feature = noClasses()
            .that().resideInAnyPackage("net.sellmeapen.conversation..", "net.sellmeapen.language..",
                    "net.sellmeapen.llm..", "net.sellmeapen.db..", "net.sellmeapen.errors..",
                    "net.sellmeapen.security..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule engines_never_reach_into_training_web_or_voice = noClasses()
            .that().resideInAnyPackage("net.sellmeapen.evaluation..", "net.sellmeapen.buyer..")
            .should().dependOnClassesThat().resideInAnyPackage("net.sellmeapen.training..", "net.sellmeapen.web..",
                    "net.sellmeapen.voice..", "net.sellmeapen.trainee..", "net.sellmeapen.admin..",
                    "net.sellmeapen.coaching..");

    @ArchTest
    static final ArchRule only_the_edges_use_javalin = noClasses()
            .that(DescribedPredicate.not(EDGES))
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule admin_never_uses_voice = noClasses()
            .that().resideInAPackage("net.sellmeapen.admin..")
            .should().dependOnClassesThat().resideInAPackage("net.sellmeapen.voice..");

    @ArchTest
    static final ArchRule only_the_composition_root_reads_config_or_wires_servers = noClasses()
            .that().resideOutsideOfPackage("net.sellmeapen")
            .should().dependOnClassesThat().resideInAPackage("net.sellmeapen");

    @ArchTest
    static final ArchRule only_the_composition_root_knows_admin_and_voice = noClasses()
            .that().resideOutsideOfPackages("net.sellmeapen", "net.sellmeapen.admin..", "net.sellmeapen.voice..")
            .should().dependOnClassesThat().resideInAnyPackage("net.sellmeapen.admin..", "net.sellmeapen.voice..");

    @ArchTest
    static final ArchRule no_cycles_between_packages = slices().matching("net.sellmeapen.(*)..")
            .should().beFreeOfCycles();
}
