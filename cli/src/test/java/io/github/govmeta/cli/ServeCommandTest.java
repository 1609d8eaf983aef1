package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code govmeta serve}: its mistakes are one clear line and exit code 2 (the server is tested in govmeta-server). */
class ServeCommandTest {
    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run(CliRun.ROOT, "serve", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("govmeta serve: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(CliRun.ROOT, "serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("70000 is not a port");
    }

    @Test
    void helpNamesTheEndpointsAndTheDefaultAddress() {
        CliRun run = CliRun.run(CliRun.ROOT, "serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/api/v1/validate", "127.0.0.1", "8080");
    }
}
