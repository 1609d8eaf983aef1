package io.github.govmeta.cli;

import io.github.govmeta.core.Govmeta;
import picocli.CommandLine.Command;

/** The top command: a subcommand is required. */
@Command(name = "govmeta",
        mixinStandardHelpOptions = true,
        versionProvider = GovmetaCommand.Version.class,
        description = {
            "Checks government catalog metadata against the Thai Government Data Catalog standard.",
            "ตรวจคำอธิบายชุดข้อมูล (metadata) ตามมาตรฐานบัญชีข้อมูลภาครัฐ"},
        subcommands = {ValidateCommand.class, FixCommand.class, RulesCommand.class, ExplainCommand.class, BaselineCommand.class,
            InitCommand.class, ProfilesCommand.class, ProfileCommand.class, ConvertCommand.class, ScoreCommand.class, ServeCommand.class,
            SchemaCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the fail level",
            "1:findings at or above the fail level",
            "2:usage, profile or I/O error"})
final class GovmetaCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing command: one of validate, score, rules, explain, baseline, init, profiles, profile, convert, serve");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"govmeta " + Govmeta.VERSION};
        }
    }
}
