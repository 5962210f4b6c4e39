package org.unres.dsl.vocabulary;

/** Session numbers as the texts spell them: 22 is "twenty-second", 67 "sixty-seventh". */
public final class Ordinals {

	private static final String[] UNITS = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
			"seventeenth", "eighteenth", "nineteenth" };
	private static final String[] TENS_ORDINAL = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
			"sixtieth", "seventieth", "eightieth", "ninetieth" };
	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
			"eighty", "ninety" };

	private Ordinals() {
	}

	/** The ordinal in words for 1 to 199; digits with a suffix beyond. */
	public static String of(int n) {
		if (n <= 0) {
			return Integer.toString(n);
		}
		if (n >= 200) {
			return n + "th";
		}
		if (n >= 100) {
			return n == 100 ? "one hundredth" : "one hundred and " + of(n - 100);
		}
		if (n < 20) {
			return UNITS[n];
		}
		return n % 10 == 0 ? TENS_ORDINAL[n / 10] : TENS[n / 10] + "-" + UNITS[n % 10];
	}

	/** The number an ordinal in words names ("twenty-second" is 22), from 1 to 199; 0 for other words. */
	public static int parse(String ordinal) {
		for (int n = 1; n < 200; n++) {
			if (of(n).equals(ordinal)) {
				return n;
			}
		}
		return 0;
	}

	/** "1st", "2nd", "10th", "11th", "23rd": how the texts number meetings. */
	public static String numeric(int n) {
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
		case 1 -> "st";
		case 2 -> "nd";
		case 3 -> "rd";
		default -> "th";
		};
		return n + suffix;
	}
}
