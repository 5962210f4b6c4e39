package org.unres.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Names in UNRES contain dots ("1.1", "A/CONF.213/18"), so segments are joined with "::",
 * which never occurs in a number, label or symbol.
 */
public class UnresQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	public static final String DELIMITER = "::";

	@Override
	public String getDelimiter() {
		return DELIMITER;
	}
}
