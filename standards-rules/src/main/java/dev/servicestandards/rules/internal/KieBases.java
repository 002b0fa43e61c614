package dev.servicestandards.rules.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import dev.servicestandards.api.Standard;

/** Builds a KieBase from generated DRL. Internal. */
final class KieBases {

    static final String GROUP_ID = "dev.servicestandards.generated";

    private KieBases() {
    }

    /**
     * Builds a KieModule of one DRL file (and optionally a kmodule.xml) under {@code id}; throws
     * with every Drools error, naming {@code what}, if it does not compile. The one place every
     * rule base of the library is built.
     */
    static KieBuilder compile(ReleaseId id, String drlPath, String drl, String kmoduleXml, String what) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        if (kmoduleXml != null) {
            kfs.writeKModuleXML(kmoduleXml);
        }
        kfs.write("src/main/resources/" + drlPath, drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(what + " does not compile: "
                    + errors.stream().map(Message::toString).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    /** The path of a standard's DRL inside its KieModule. */
    static String drlPath(Standard standard) {
        return DrlGenerator.packageName(standard).replace('.', '/') + "/rules.drl";
    }

    /** The live monitor's rule base: the monitor template, in stream mode. */
    static KieBase monitor() {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId(GROUP_ID, "monitor", "1.0.0-" + System.identityHashCode(new Object()));
        String drl;
        try (java.io.InputStream in = KieBases.class.getResourceAsStream("templates/monitor.drl")) {
            drl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        compile(id, "dev/servicestandards/monitor/monitor.drl", drl, null, "the monitor rules");
        KieContainer container = ks.newKieContainer(id);
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(org.kie.api.conf.EventProcessingOption.STREAM);
        KieBase base = container.newKieBase(conf);
        ks.getRepository().removeKieModule(id);
        return base;
    }

    /** Compiles {@code drl}; throws with every Drools error if it does not compile. */
    static KieBase build(Standard standard, String drl) {
        KieServices ks = KieServices.Factory.get();
        // a unique in-memory release per content, so two builds never overwrite each other
        ReleaseId id = ks.newReleaseId(GROUP_ID, standard.id(),
                standard.version() + "-" + standard.contentHash().substring(0, 16));
        compile(id, drlPath(standard), drl, null, "generated DRL of " + standard.coordinates());
        KieBase base = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return base;
    }
}
