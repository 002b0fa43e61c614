package dev.servicestandards.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.internal.kinds.RuleSetDrl;
import dev.servicestandards.internal.load.CalendarDataWriter;
import dev.servicestandards.model.Arrangement;
import dev.servicestandards.rules.api.CustomRules;
import dev.servicestandards.rules.api.RuleSet;

/**
 * Versioned Drools artifacts (KJARs) of standards: the generated DRL and any custom rules, a
 * kmodule.xml with the {@code rules} and {@code monitor} rule bases, a pom with the standard's
 * ReleaseId, and, under {@code META-INF/service-standards/}, the standard's text and the calendar
 * data it was loaded with, so that {@link #load} gives back the same rule set without the YAML
 * file. Internal.
 */
public final class Kjars {

    static final String STANDARD = "META-INF/service-standards/standard.yaml";
    /** The name the standard's file had when it was loaded, for the locations of its clauses. */
    static final String SOURCE = "META-INF/service-standards/source.txt";
    static final String CALENDARS = "META-INF/service-standards/calendars/";

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

    /** The KJAR bytes of a standard and its custom rules. */
    public static byte[] build(Standard standard, CustomRules custom) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = releaseId(standard);
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        paths.add("src/main/resources/" + STANDARD);
        contents.add(standard.text().getBytes(StandardCharsets.UTF_8));
        paths.add("src/main/resources/" + SOURCE);
        contents.add(standard.source().getBytes(StandardCharsets.UTF_8));
        calendarData(standard).forEach((region, text) -> {
            paths.add("src/main/resources/" + CALENDARS + region + ".yaml");
            contents.add(text.getBytes(StandardCharsets.UTF_8));
        });
        KieBuilder builder = KieBases.build(id, standard, RuleSetDrl.generate(standard), custom, paths, contents);
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(id);
        return bytes;
    }

    /** The calendar data the standard's official calendars were loaded with, a file per region. */
    private static Map<String, String> calendarData(Standard standard) {
        Map<String, Map<Integer, Arrangement>> regions = new TreeMap<>();
        for (CalendarSpec spec : standard.calendars().values()) {
            spec.base().ifPresent(base -> spec.official().forEach((year, arrangement) -> {
                if (!spec.arrangements().containsKey(year)) {
                    regions.computeIfAbsent(base, b -> new TreeMap<>()).put(year, arrangement);
                }
            }));
        }
        Map<String, String> out = new TreeMap<>();
        regions.forEach((region, years) -> out.put(region,
                CalendarDataWriter.write(CalendarData.of(region, years.values()), region)));
        return out;
    }

    /** The rule set a KJAR holds, its rule bases taken from the KJAR as Drools loads it. */
    public static RuleSet load(byte[] kjar, String label) {
        Map<String, byte[]> entries = entries(kjar);
        byte[] text = entries.get(STANDARD);
        if (text == null) {
            throw new IllegalArgumentException(label + " is not a KJAR of a standard: it has no " + STANDARD);
        }
        CalendarData data = CalendarData.builtIn();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith(CALENDARS) && e.getKey().endsWith(".yaml")) {
                CalendarData.Result read = dev.servicestandards.internal.load.CalendarDataParser.parse(label + "!/" + e.getKey(),
                        e.getValue());
                data = data.with(read.data().orElseThrow(() -> new IllegalArgumentException(read.report().toString())));
            }
        }
        byte[] source = entries.get(SOURCE);
        Standard standard = Standards.parse(new String(text, StandardCharsets.UTF_8),
                source == null ? label + "!/" + STANDARD : new String(source, StandardCharsets.UTF_8), data);
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        try {
            KieContainer container = ks.newKieContainer(module.getReleaseId());
            KieBase[] bases = KieBases.bases(container);
            String drl = new String(entries.get(KieBases.drlPath(standard).substring("src/main/resources/".length())),
                    StandardCharsets.UTF_8);
            return new CompiledRuleSet(standard, drl, bases[0], bases[1]);
        } finally {
            ks.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    private static Map<String, byte[]> entries(byte[] jar) {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a jar: " + e.getMessage(), e);
        }
        return out;
    }
}
