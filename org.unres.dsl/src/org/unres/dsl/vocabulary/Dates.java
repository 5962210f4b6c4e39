package org.unres.dsl.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

import org.unres.dsl.unres.Date;

/** Dates as the texts write them: "9 December 2011", day, month in English, year. */
public final class Dates {

	private Dates() {
	}

	/** The calendar date, or null when the words name none ("31 February 2011", "9 Decembre 2011"). */
	public static LocalDate of(Date date) {
		try {
			Month month = Month.valueOf(date.getMonth().toUpperCase(Locale.ROOT));
			return LocalDate.of(date.getYear(), month, date.getDay());
		} catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
			return null;
		}
	}
}
