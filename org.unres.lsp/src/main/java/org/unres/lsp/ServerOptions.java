package org.unres.lsp;

import java.util.List;

/**
 * The command line of the server: LSP over stdio by default, or over a socket on which the
 * server waits for one client.
 *
 * @param port the port to listen on, or -1 for stdio; 0 picks a free port
 * @param host the address to listen on
 * @param help whether only the usage was asked for
 */
record ServerOptions(int port, String host, boolean help) {

	static final String USAGE = """
			Usage: unres-lsp [--stdio | --socket PORT [--host HOST]]

			Runs the UNRES language server. It speaks the Language Server Protocol over standard
			input and output (the default, --stdio), or waits on a TCP socket for one client
			(--socket PORT; port 0 picks a free one, printed on standard error). The workspace is
			the folder the client opens; all .unres files in it form one workspace.

			Options:
			  --stdio         speak LSP over standard input and output (default)
			  --socket PORT   listen on PORT for one client
			  --host HOST     the address to listen on with --socket (default 127.0.0.1)
			  --help          print this help
			""";

	boolean overSocket() {
		return port >= 0;
	}

	static ServerOptions parse(List<String> args) throws UsageException {
		int port = -1;
		String host = "127.0.0.1";
		boolean help = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--stdio" -> port = -1;
			case "--help", "-h" -> help = true;
			case "--socket", "--port" -> port = parsePort(valueOf(args, ++i, arg));
			case "--host" -> host = valueOf(args, ++i, arg);
			default -> throw new UsageException("unknown option '" + arg + "'");
			}
		}
		return new ServerOptions(port, host, help);
	}

	private static String valueOf(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(index);
	}

	private static int parsePort(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);
			if (port < 0 || port > 65535) {
				throw new UsageException("the port must be between 0 and 65535, not " + value);
			}
			return port;
		} catch (NumberFormatException e) {
			throw new UsageException("the port must be a number, not '" + value + "'");
		}
	}

	/** A command line the server cannot run with. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}
}
