package dev.servicestandards.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class Scenarios_Test {

    private static Path resource(String name) throws Exception {
        return Path.of(Scenarios_Test.class.getResource("/scenarios/" + name).toURI());
    }

    @Test
    void runs_scenarios_and_explains_failures() throws Exception {
        ScenarioSuite suite = Scenarios.load(resource("passing-and-failing.yaml"));
        assertThat(suite.standard()).isEqualTo(resource("standard.yaml"));
        List<ScenarioResult> results = Scenarios.run(suite);
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).failures()).containsExactly(
                "expected complaint.accept T1 met but found complaint.accept T1 violated at tier station",
                "unexpected complaint.accept T1 violated at tier station",
                "unexpected complaint.accept T2 pending");
        assertThat(results.get(1).scenario().line()).isEqualTo(10);
    }

    @Test
    void a_broken_file_reports_every_problem_with_its_location() throws Exception {
        Path file = resource("broken.yaml.txt");
        assertThatThrownBy(() -> Scenarios.load(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(String.join("\n",
                        file + ":2:1: extra: unknown key 'extra'; expected one of: scenarios, standard",
                        file + ":5:12: scenarios[0].as-of: 'yesterday' is not an ISO-8601 instant with offset",
                        file + ":7:9: scenarios[0].facts[0]: type: must be \"ticket\" or \"interaction\", not \"order\"",
                        file + ":8:9: scenarios[0].facts[1]: YAML tags are not allowed: tag:yaml.org,2002:java.net.URL",
                        file + ":10:9: scenarios[0].expect[0]: an expectation names either a fact or, for a KPI, a group"));
    }
}
