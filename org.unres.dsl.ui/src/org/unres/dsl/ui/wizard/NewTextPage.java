package org.unres.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.unres.dsl.ui.UnresUi;
import org.unres.dsl.ui.wizard.DocumentTemplates.Kind;

/**
 * Where the new text goes (folder and file name) and what it is: kind, acting body, session,
 * number and title, which fill its skeleton.
 */
class NewTextPage extends WizardNewFileCreationPage {

	private static final int DEFAULT_SESSION = 20;

	private final List<KnownBodies.Body> bodies = KnownBodies.all();
	private Combo kind;
	private Combo body;
	private Combo recommender;
	private Spinner session;
	private Text number;
	private Text title;
	private Button addBuilder;

	NewTextPage(IStructuredSelection selection) {
		super("newUnresText", selection);
		setTitle("New resolution or decision");
		setDescription("Create a UNRES text from a skeleton: choose its kind, acting body, session, number and title.");
		setFileExtension(UnresUi.FILE_EXTENSION);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Composite page = (Composite) getControl();
		Group group = new Group(page, SWT.NONE);
		group.setText("Text");
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		kind = combo(group, "Kind:");
		for (Kind each : Kind.values()) {
			kind.add(each.label());
		}
		kind.select(0);
		body = combo(group, "Acting body:");
		recommender = combo(group, "Recommended by:");
		for (KnownBodies.Body each : bodies) {
			body.add(each.name() + " — " + each.title());
			recommender.add(each.name() + " — " + each.title());
		}
		select(body, "CCPCJ");
		select(recommender, "CCPCJ");
		new Label(group, SWT.NONE).setText("Session:");
		session = new Spinner(group, SWT.BORDER);
		session.setValues(DEFAULT_SESSION, 1, 999, 0, 1, 10);
		number = text(group, "Number:", "20/1");
		title = text(group, "Title:", "");
		addBuilder = new Button(page, SWT.CHECK);
		addBuilder.setText("Check the project's texts on save and generate their HTML and Akoma Ntoso (adds the UNRES builder)");
		addBuilder.setSelection(true);
		kind.addListener(SWT.Selection, event -> changed());
		body.addListener(SWT.Selection, event -> changed());
		recommender.addListener(SWT.Selection, event -> changed());
		session.addListener(SWT.Modify, event -> changed());
		number.addListener(SWT.Modify, event -> changed());
		title.addListener(SWT.Modify, event -> changed());
		changed();
	}

	private static Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private static Text text(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(value);
		return text;
	}

	private void select(Combo combo, String name) {
		for (int i = 0; i < bodies.size(); i++) {
			if (bodies.get(i).name().equals(name)) {
				combo.select(i);
				return;
			}
		}
		if (!bodies.isEmpty()) {
			combo.select(0);
		}
	}

	private void changed() {
		recommender.setEnabled(selectedKind().isDraft());
		if (body.getSelectionIndex() >= 0) {
			setFileName(DocumentTemplates.fileName(values()));
		}
		setPageComplete(validatePage());
	}

	private Kind selectedKind() {
		return Kind.values()[Math.max(0, kind.getSelectionIndex())];
	}

	DocumentTemplates.Values values() {
		KnownBodies.Body acting = bodies.get(body.getSelectionIndex());
		KnownBodies.Body recommending = recommender.getSelectionIndex() < 0 ? null
				: bodies.get(recommender.getSelectionIndex());
		return new DocumentTemplates.Values(selectedKind(), acting.name(), acting.title(),
				recommending == null ? null : recommending.name(), session.getSelection(), number.getText(), title.getText());
	}

	boolean addsBuilder() {
		return addBuilder.getSelection();
	}

	@Override
	protected boolean validatePage() {
		if (!super.validatePage()) {
			return false;
		}
		if (title == null) {
			return true; // the fields are not created yet
		}
		if (body.getSelectionIndex() < 0) {
			setErrorMessage("Choose the acting body.");
			return false;
		}
		if (!selectedKind().isDraft() && number.getText().isBlank()) {
			setErrorMessage("An adopted text has a number, such as 20/1.");
			return false;
		}
		if (title.getText().isBlank()) {
			setErrorMessage("Give the text its title.");
			return false;
		}
		setErrorMessage(null);
		return true;
	}

	@Override
	protected InputStream getInitialContents() {
		return new ByteArrayInputStream(DocumentTemplates.text(values()).getBytes(StandardCharsets.UTF_8));
	}
}
