package org.unres.dsl.generator.akn;

import java.util.HashSet;
import java.util.Set;

/**
 * The eId scheme of Akoma Ntoso as AKN4UN uses it: {@code {type}_{num}} per level, levels joined
 * by a double underscore ({@code para_8__list_1__point_b}), the number taken from the printed label
 * without brackets and final punctuation, case kept ("7." is {@code 7}, "(b)" is {@code b},
 * "1.2." is {@code 1-2}); unique children have no number ({@code …__intro}).
 *
 * <p>The schema wants every eId unique in the whole document. One instance hands out the eIds of
 * one generated document and keeps them unique: a label used twice (an error the validator
 * reports) gives {@code para_7} and {@code para_7-dup2} rather than invalid XML.
 */
final class Eids {

	private final Set<String> used = new HashSet<>();

	/** {@code prefix__type_num}, or {@code type_num} without a prefix, made unique. */
	String numbered(String prefix, String type, String num) {
		return unique(join(prefix, type + "_" + num));
	}

	/** {@code prefix__type}: the one element of its kind in its parent, made unique. */
	String single(String prefix, String type) {
		return unique(join(prefix, type));
	}

	/** {@code prefix__type_n} with the first n not yet used: tables and lists numbered in their parent. */
	String next(String prefix, String type) {
		for (int n = 1;; n++) {
			String eId = join(prefix, type + "_" + n);
			if (used.add(eId)) {
				return eId;
			}
		}
	}

	/** Reserves an eId computed elsewhere, made unique. */
	String unique(String wanted) {
		String eId = wanted;
		for (int n = 2; !used.add(eId); n++) {
			eId = wanted + "-dup" + n;
		}
		return eId;
	}

	static String join(String prefix, String level) {
		return prefix == null || prefix.isEmpty() ? level : prefix + "__" + level;
	}

	/** The number part of an eId from a printed label: "(a)" is "a", "1.2." is "1-2", "II" stays. */
	static String numOf(String label) {
		String num = label.strip().replaceAll("^[(\\[]+|[)\\].:;,]+$", "").replaceAll("[()\\[\\]]", "")
				.replace('.', '-').replaceAll("[^\\p{L}\\p{N}-]", "");
		return num.isEmpty() ? "x" : num;
	}
}
