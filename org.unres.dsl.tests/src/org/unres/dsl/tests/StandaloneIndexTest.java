package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.index.StandaloneIndex;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.UnresFile;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

import com.google.common.collect.Lists;
import com.google.inject.Inject;

/** The index by name that standalone runs install: citations link through it, and it follows edits. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class StandaloneIndexTest {

	private static final QualifiedName CCPCJ_20_1 = QualifiedName.create("CCPCJ", "resolution", "20/1");
	private static final QualifiedName CCPCJ_20_7 = QualifiedName.create("CCPCJ", "resolution", "20/7");

	@Inject
	private DocumentTester tester;

	private static final String CITING = Texts.HEADING.replace("20/99", "20/9")
			+ "\n*Recalling* [its resolution 20/1],\n\n1. *Requests* the Secretariat to act.\n";

	@Test
	void citationsLinkThroughTheIndexOfEveryLoadedText() {
		ResourceSet workspace = tester.newWorkspace();
		UnresFile cited = tester.parse(Texts.HEADING.replace("20/99", "20/1") + Texts.VALID_BODY, "20-1.unres", workspace);
		UnresFile citing = tester.parse(CITING, "20-9.unres", workspace);
		StandaloneIndex.install(workspace);

		assertNotNull(index(workspace), "the index is installed on the resource set");
		assertEquals(1, exported(workspace, CCPCJ_20_1).size(), "20/1 is indexed by its name");
		assertSame(cited, EcoreUtil2.getAllContentsOfType(citing, CitedText.class).get(0).getDocument());
		tester.assertNoneIn(citing, IssueCodes.EXTERNAL_CITATION);
	}

	@Test
	void anEditedTextIsIndexedUnderItsNewNumber() throws IOException {
		ResourceSet workspace = tester.newWorkspace();
		UnresFile cited = tester.parse(Texts.HEADING.replace("20/99", "20/1") + Texts.VALID_BODY, "20-1.unres", workspace);
		StandaloneIndex.install(workspace);
		XtextResource resource = (XtextResource) cited.eResource();
		assertNotNull(listed(workspace, CCPCJ_20_1), "the listing by type names 20/1 before the edit");

		resource.reparse(Texts.HEADING.replace("20/99", "20/7") + Texts.VALID_BODY);
		StandaloneIndex.update(resource);

		assertTrue(exported(workspace, CCPCJ_20_1).isEmpty(), "the old number is gone from the index");
		List<IEObjectDescription> renumbered = exported(workspace, CCPCJ_20_7);
		assertTrue(renumbered.size() == 1 && renumbered.get(0).getEObjectOrProxy() instanceof Document,
				"the new number is indexed: " + renumbered);
		assertNull(listed(workspace, CCPCJ_20_1), "the listing by type forgets the old number");
		assertNotNull(listed(workspace, CCPCJ_20_7), "the listing by type names the new number");
	}

	private static IEObjectDescription listed(ResourceSet workspace, QualifiedName name) {
		return StandaloneIndex.of(workspace).exportedOfType(UnresPackage.Literals.DOCUMENT).getSingleElement(name);
	}

	private static ResourceDescriptionsData index(ResourceSet workspace) {
		return ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(workspace);
	}

	private static List<IEObjectDescription> exported(ResourceSet workspace, QualifiedName name) {
		return Lists.newArrayList(index(workspace).getExportedObjects(UnresPackage.Literals.DOCUMENT, name, false));
	}
}
