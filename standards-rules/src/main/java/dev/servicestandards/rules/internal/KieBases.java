package dev.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.runtime.KieContainer;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.kinds.RuleSetDrl;
import dev.servicestandards.rules.api.CustomRules;
import dev.servicestandards.rules.api.RuleBuildException;

/**
 * Builds a standard's rules: its generated DRL and any custom rules, into one KieModule with two
 * rule bases over the same packages: {@code rules} (the default, for batch evaluation) and
 * {@code monitor} (stream mode, for the live monitor), with Drools' executable model. The one
 * place every rule base of the library is built. Internal.
 */
final class KieBases {

    static final String RULES = "rules";
    static final String MONITOR = "monitor";

    private KieBases() {
    }

    /** The KieModule's model: the two rule bases over the standard's and the custom rules' packages. */
    static KieModuleModel model(Standard standard, CustomRules custom) {
        KieServices ks = KieServices.Factory.get();
        KieModuleModel model = ks.newKieModuleModel();
        KieBaseModel rules = model.newKieBaseModel(RULES).setDefault(true).setEventProcessingMode(EventProcessingOption.CLOUD);
        KieBaseModel monitor = model.newKieBaseModel(MONITOR).setEventProcessingMode(EventProcessingOption.STREAM);
        for (KieBaseModel base : List.of(rules, monitor)) {
            base.addPackage(RuleSetDrl.packageName(standard));
            for (CustomRules.File file : custom.files()) {
                base.addPackage(customPackage(file));
            }
        }
        rules.newKieSessionModel("session").setDefault(true);
        return model;
    }

    /** The package a custom rules file declares (the default package when none). */
    static String customPackage(CustomRules.File file) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?").matcher(file.drl());
        return m.find() ? m.group(1) : "defaultpkg";
    }

    /** The path of a standard's generated DRL inside its KieModule. */
    static String drlPath(Standard standard) {
        return "src/main/resources/" + RuleSetDrl.packageName(standard).replace('.', '/') + "/rules.drl";
    }

    /** The path of a custom rules file inside the KieModule. */
    static String customPath(CustomRules.File file) {
        return "src/main/resources/" + customPackage(file).replace('.', '/') + "/" + file.name();
    }

    /**
     * Builds the KieModule under {@code id}; throws with every Drools error, located in the
     * custom file or, for generated rules, at the clause that produced them.
     */
    static KieBuilder build(ReleaseId id, Standard standard, RuleSetDrl.Generated generated, CustomRules custom,
            List<String> extraResources, List<byte[]> extraContents) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.writeKModuleXML(model(standard, custom).toXML());
        kfs.write(drlPath(standard), generated.drl());
        for (CustomRules.File file : custom.files()) {
            kfs.write(customPath(file), file.drl());
        }
        for (int i = 0; i < extraResources.size(); i++) {
            kfs.write(extraResources.get(i), extraContents.get(i));
        }
        // the executable model: rules compiled to Java ahead, so a KJAR loads without compiling its DRL again,
        // and constraints run as lambdas rather than interpreted MVEL
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (Message m : errors) {
                problems.add(locate(m, standard, generated, custom));
            }
            throw new RuleBuildException("the rules of " + standard.coordinates(), problems);
        }
        return builder;
    }

    private static String locate(Message m, Standard standard, RuleSetDrl.Generated generated, CustomRules custom) {
        String text = m.getText().strip().replaceAll("\\s*\\R\\s*", " ");
        String path = m.getPath() == null ? "" : m.getPath();
        for (CustomRules.File file : custom.files()) {
            if (path.endsWith(file.name())) {
                int line = m.getLine() > 0 ? m.getLine() : lineOf(file.drl(), m.getText());
                int column = m.getLine() > 0 ? Math.max(m.getColumn(), 0) : columnOf(file.drl(), line, m.getText());
                return file.name() + ":" + line + ":" + column + ": " + text;
            }
        }
        if (path.endsWith("rules.drl")) {
            int line = m.getLine() > 0 ? m.getLine() : lineOf(generated.drl(), m.getText());
            String clause = generated.clauseAt(line).map(c -> "clause " + c.id() + " (" + c.location().file() + ":"
                    + c.location().line() + ")").orElse("the rule set's header");
            return clause + ": the generated rules do not build, a defect of Service Standards (please report it): "
                    + "generated line " + line + ": " + text;
        }
        return path + ":" + m.getLine() + ": " + text;
    }

    /**
     * The first line of {@code drl} that holds the expression a message without a line quotes
     * ({@code Unable to Analyse Expression EXPR:}, {@code Unable to parse left part of expression:
     * EXPR}), or 0. The executable model reports many constraint errors without a line.
     */
    static int lineOf(String drl, String message) {
        String expression = quoted(message);
        if (!expression.isEmpty()) {
            List<String> lines = drl.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(expression)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The 1-based column of the quoted expression on {@code line} of {@code drl}, or 0. */
    static int columnOf(String drl, int line, String message) {
        if (line <= 0) {
            return 0;
        }
        return drl.lines().skip(line - 1L).findFirst().map(l -> l.indexOf(quoted(message)) + 1).orElse(0);
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "Expression (.+?)[:\\]]|expression: (.+)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static String quoted(String message) {
        java.util.regex.Matcher m = QUOTED.matcher(message.strip());
        if (!m.find()) {
            return "";
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** The batch and stream rule bases of a built KieModule. */
    static KieBase[] bases(KieContainer container) {
        return new KieBase[] {container.getKieBase(RULES), container.getKieBase(MONITOR)};
    }

    /** A stream-mode configuration, for rule bases made outside a KieModule's model. */
    static KieBaseConfiguration stream() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(EventProcessingOption.STREAM);
        return conf;
    }

    /** A clause's location, for messages. */
    static String where(Clause clause) {
        return clause.location().file() + ":" + clause.location().line();
    }
}
