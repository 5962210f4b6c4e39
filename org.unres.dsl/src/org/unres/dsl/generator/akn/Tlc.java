package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Top Level Classes a document refers to (bodies, roles, sessions, concepts), each once,
 * written in {@code <references>} and pointed at by {@code refersTo="#eId"} and FRBRauthor.
 * An entry is known by its href, the identity of the thing in the Akoma Ntoso ontology.
 */
final class Tlc {

	/** One {@code <TLCOrganization eId href showAs/>} (or TLCRole, TLCEvent, TLCConcept). */
	record Entry(String element, String eId, String href, String showAs) {
	}

	static final String ORGANIZATION = "TLCOrganization";
	static final String ROLE = "TLCRole";
	static final String EVENT = "TLCEvent";
	static final String CONCEPT = "TLCConcept";

	private final Eids eids;
	private final Map<String, Entry> byHref = new LinkedHashMap<>();

	Tlc(Eids eids) {
		this.eids = eids;
	}

	/** Registers an entry, or finds the one with the same href; returns its eId. */
	String register(String element, String wantedEid, String href, String showAs) {
		Entry entry = byHref.get(href);
		if (entry == null) {
			entry = new Entry(element, eids.unique(wantedEid), href, showAs);
			byHref.put(href, entry);
		}
		return entry.eId();
	}

	/** A UN body: {@code <TLCOrganization eId="ga" href="/akn/ontology/organization/un/un-ga"/>}. */
	String body(String name, String title) {
		return register(ORGANIZATION, AknIris.slug(name), AknIris.organizationHref(name), title == null ? name : title);
	}

	/** A role in the UN ontology: {@code /akn/ontology/role/un/{name}}. */
	String role(String name, String showAs) {
		return register(ROLE, AknIris.slug(name), "/akn/ontology/role/" + AknIris.COUNTRY + "/" + AknIris.slug(name),
				showAs);
	}

	/** A session of a body: {@code /akn/ontology/event/un/un-ccpcj/session-21}. */
	String session(String bodyName, int number, boolean reconvened, String showAs) {
		String name = "session-" + number + (reconvened ? "-reconvened" : "");
		return register(EVENT, AknIris.slug(bodyName) + "-" + name,
				"/akn/ontology/event/" + AknIris.COUNTRY + "/" + AknIris.actor(bodyName) + "/" + name, showAs);
	}

	/** A concept of the UN ontology: {@code /akn/ontology/concept/un/reportingRequest}. */
	String concept(String name, String showAs) {
		return register(CONCEPT, name, "/akn/ontology/concept/" + AknIris.COUNTRY + "/" + name, showAs);
	}

	List<Entry> entries() {
		return new ArrayList<>(byHref.values());
	}
}
