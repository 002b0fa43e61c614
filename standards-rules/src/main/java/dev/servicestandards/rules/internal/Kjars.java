package dev.servicestandards.rules.internal;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

import dev.servicestandards.api.Standard;

/** Versioned Drools artifacts (KJARs) of standards. Internal. */
public final class Kjars {

    private Kjars() {
    }

    /** {@code cn.telecom.complaint-handling} 1.1.0 becomes {@code cn.telecom:complaint-handling:1.1.0}. */
    public static String[] coordinates(Standard standard) {
        String id = standard.id();
        int dot = id.lastIndexOf('.');
        String group = dot < 0 ? id : id.substring(0, dot);
        String artifact = dot < 0 ? id : id.substring(dot + 1);
        return new String[] {group, artifact, standard.version().toString()};
    }

    static ReleaseId releaseId(Standard standard) {
        String[] c = coordinates(standard);
        return KieServices.Factory.get().newReleaseId(c[0], c[1], c[2]);
    }

    /** The KJAR bytes: the generated DRL, a pom with the standard's ReleaseId, and a kmodule.xml. */
    public static byte[] build(Standard standard) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = releaseId(standard);
        // one default KieBase over the standard's package, so a plain KieContainer finds it
        KieModuleModel model = ks.newKieModuleModel();
        model.newKieBaseModel("rules").setDefault(true).addPackage(DrlGenerator.packageName(standard))
                .newKieSessionModel("session").setDefault(true);
        KieBuilder builder = KieBases.compile(id, KieBases.drlPath(standard), DrlGenerator.generate(standard),
                model.toXML(), "generated DRL of " + standard.coordinates());
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(id);
        return bytes;
    }
}
