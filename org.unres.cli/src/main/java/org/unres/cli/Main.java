package org.unres.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code unres} command: validate, generate and import. Exit codes: 0 when the texts have no errors, 1 when some have,
 * 2 when the command itself is wrong or a file cannot be read.
 */
public final class Main {

	public static final int OK = 0;
	public static final int INVALID_TEXTS = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: unres <command> [options] <file-or-folder>...

			Commands:
			  validate    check .unres files against the UN editorial rules; folders are searched
			              recursively and all files form one workspace, so citations between them link
			  generate    check the files, then write Akoma Ntoso XML (OUT/akn/*.xml) and HTML pages with
			              an index (OUT/html/*.html) for every text without errors; needs -o OUT
			  import      read resolutions and decisions published as plain text (a report may hold
			              several) and write one .unres file per text, into OUT or beside the input

			Options:
			  --infos          also print information diagnostics (such as external citations)
			  --werror         treat warnings as errors (exit code 1)
			  --format json    print the diagnostics as a JSON array (the summary goes to stderr)
			  -o, --output OUT the folder generate writes into (created when missing)
			  --html, --akn    generate only HTML, or only Akoma Ntoso (default: both)
			  --force          import: replace .unres files that exist (never done otherwise)
			  --help           print this help
			""";

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(Arrays.asList(args), System.out, System.err));
	}

	/** Runs a command line; the exit code is returned, not applied, so that tests can call it. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
			(args.isEmpty() ? err : out).print(USAGE_TEXT);
			return args.isEmpty() ? USAGE : OK;
		}
		String command = args.get(0);
		List<String> rest = args.subList(1, args.size());
		if (!List.of("validate", "generate", "import").contains(command)) {
			err.println("unres: unknown command '" + command + "'\n");
			err.print(USAGE_TEXT);
			return USAGE;
		}
		try {
			Options options = Options.parse(rest);
			return switch (command) {
			case "validate" -> new ValidateCommand(options, out, err).run();
			case "generate" -> new GenerateCommand(options, out, err).run();
			default -> new ImportCommand(options, out, err).run();
			};
		} catch (UsageException e) {
			err.println("unres: " + e.getMessage());
			return USAGE;
		}
	}
}
