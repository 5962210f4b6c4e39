package org.unres.cli;

/** A command line the program cannot act on: a wrong option, a missing or unreadable path. */
class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
