"""The claim inspector: every field of the selected claim, each edit an undoable command.

Signals:
    edit_requested(QUndoCommand): push this command (the window owns the undo stack).
"""

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDoubleValidator, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.changes import Changes, Entity
from annotator.domain import (
    CasualtyType,
    ClaimStatus,
    NormalizedValue,
    PositionSubtype,
    Qualifier,
    confidence_meaning,
    found_by,
)
from annotator.errors import AnnotatorError
from annotator.records import ClaimRecord, EventRecord, Taxonomy
from annotator.review.provenance import claim_provenance
from annotator.services.claims import get_claim
from annotator.services.comments import list_comments
from annotator.services.history import claim_history
from annotator.services.projects import get_taxonomy
from annotator.services.sources import claim_sources, create_source, list_sources
from annotator.services.tags import tag_vocabulary
from ui.commands import (
    AddCommentCommand,
    AttachSourceCommand,
    DetachSourceCommand,
    EditRationaleCommand,
    SetVerdictCommand,
    TagCommand,
    UpdateClaimCommand,
)
from ui.error_dialogs import show_error
from ui.project_controller import ProjectController
from ui.source_dialog import ReuseSourceDialog, SourceDialog, source_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _number(text: str) -> float | None:
    cleaned = text.replace(",", "").strip()
    return float(cleaned) if cleaned else None


def event_line(event: EventRecord) -> str:
    """One history line: when, who, and what changed."""
    when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
    details = ", ".join(
        f"{k}: {v}" for k, v in sorted(event.data.items()) if k not in ("claim", "exact")
    )
    return f"{when}  {event.reviewer or '?'}  {event.entity} {event.action}" + (
        f" — {details}" if details else ""
    )


class ClaimInspector(QScrollArea):
    """Shows and edits one claim; refreshes itself from the controller's change records."""

    edit_requested = Signal(object)

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.claim: ClaimRecord | None = None
        self.taxonomy: Taxonomy | None = None
        self._loading = False
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = QLabel("No claim selected", body)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.kind = QComboBox(body)
        self.subtype = QComboBox(body)
        self.subtype.addItems(["", *(s.value for s in PositionSubtype)])
        self.status = QComboBox(body)
        for status in ClaimStatus:
            self.status.addItem(status.value.replace("_", " "), status.value)
        self.speaker = QLineEdit(body)
        self.location = QLineEdit(body)
        self.time_ref = QLineEdit(body)
        self.origin = QLabel(body)
        form.addRow("Kind", self.kind)
        form.addRow("Subtype", self.subtype)
        form.addRow("Status", self.status)
        form.addRow("Speaker / actor", self.speaker)
        form.addRow("Location", self.location)
        form.addRow("Time", self.time_ref)
        form.addRow("Origin", self.origin)
        layout.addLayout(form)

        value_box = QGroupBox("Normalised value", body)
        value_form = QFormLayout(value_box)
        self.value_min = QLineEdit(value_box)
        self.value_max = QLineEdit(value_box)
        for edit in (self.value_min, self.value_max):
            edit.setValidator(QDoubleValidator(edit))
            edit.setPlaceholderText("open")
        self.qualifier = QComboBox(value_box)
        self.qualifier.addItems(["", *(q.value for q in Qualifier)])
        self.approx = QCheckBox("approximate", value_box)
        self.unit = QLineEdit(value_box)
        self.casualty_type = QComboBox(value_box)
        self.casualty_type.addItems(["", *(c.value for c in CasualtyType)])
        value_form.addRow("Min", self.value_min)
        value_form.addRow("Max", self.value_max)
        value_form.addRow("Qualifier", self.qualifier)
        value_form.addRow("", self.approx)
        value_form.addRow("Unit", self.unit)
        value_form.addRow("Casualty type", self.casualty_type)
        layout.addWidget(value_box)

        tag_box = QGroupBox("Tags", body)
        tag_layout = QVBoxLayout(tag_box)
        self.tag_list = QListWidget(tag_box)
        self.tag_list.setMaximumHeight(70)
        self.tag_input = QLineEdit(tag_box)
        self.tag_input.setPlaceholderText("Add a tag and press Enter")
        self.tag_completions = QStringListModel(self)
        completer = QCompleter(self.tag_completions, self.tag_input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_input.setCompleter(completer)
        self.remove_tag_button = QPushButton("Remove tag", tag_box)
        tag_layout.addWidget(self.tag_list)
        tag_layout.addWidget(self.tag_input)
        tag_layout.addWidget(self.remove_tag_button)
        layout.addWidget(tag_box)

        source_box = QGroupBox("Sources", body)
        source_layout = QVBoxLayout(source_box)
        self.source_list = QListWidget(source_box)
        self.source_list.setMaximumHeight(90)
        source_buttons = QHBoxLayout()
        self.add_source_button = QPushButton("Add…", source_box)
        self.reuse_source_button = QPushButton("Attach existing…", source_box)
        self.detach_source_button = QPushButton("Detach", source_box)
        self.open_source_button = QPushButton("Open URL", source_box)
        for button in (
            self.add_source_button,
            self.reuse_source_button,
            self.detach_source_button,
            self.open_source_button,
        ):
            source_buttons.addWidget(button)
        source_layout.addWidget(self.source_list)
        source_layout.addLayout(source_buttons)
        layout.addWidget(source_box)

        verdict_box = QGroupBox("Verdict", body)
        verdict_layout = QVBoxLayout(verdict_box)
        self.verdict = QComboBox(verdict_box)
        self.rationale = QPlainTextEdit(verdict_box)
        self.rationale.setPlaceholderText("Rationale")
        self.rationale.setMaximumHeight(90)
        verdict_layout.addWidget(self.verdict)
        verdict_layout.addWidget(self.rationale)
        layout.addWidget(verdict_box)

        comment_box = QGroupBox("Comments", body)
        comment_layout = QVBoxLayout(comment_box)
        self.comment_list = QListWidget(comment_box)
        self.comment_list.setMaximumHeight(90)
        self.comment_input = QLineEdit(comment_box)
        self.comment_input.setPlaceholderText("Add a comment and press Enter")
        comment_layout.addWidget(self.comment_list)
        comment_layout.addWidget(self.comment_input)
        layout.addWidget(comment_box)

        provenance_box = QGroupBox("Merged from colleagues", body)
        provenance_layout = QVBoxLayout(provenance_box)
        self.provenance_list = QListWidget(provenance_box)
        self.provenance_list.setMaximumHeight(70)
        provenance_layout.addWidget(self.provenance_list)
        layout.addWidget(provenance_box)
        self.provenance_box = provenance_box

        history_box = QGroupBox("History", body)
        history_layout = QVBoxLayout(history_box)
        self.history_list = QListWidget(history_box)
        history_layout.addWidget(self.history_list)
        layout.addWidget(history_box)
        layout.addStretch(1)

        self._connect()
        controller.changed.connect(self._on_changed)
        controller.project_opened.connect(self._on_project_opened)
        self.setEnabled(False)

    # -- wiring ---------------------------------------------------------------------------

    def _connect(self) -> None:
        self.kind.activated.connect(
            lambda _i: self._update("Change kind", kind=self.kind.currentData())
        )
        self.subtype.activated.connect(
            lambda _i: self._update("Change subtype", subtype=self.subtype.currentText() or None)
        )
        self.status.activated.connect(
            lambda _i: self._update("Change status", status=self.status.currentData())
        )
        for edit, name in (
            (self.speaker, "speaker"),
            (self.location, "location"),
            (self.time_ref, "time_ref"),
        ):
            edit.editingFinished.connect(self._text_field_handler(edit, name))
        for edit in (self.value_min, self.value_max, self.unit):
            edit.editingFinished.connect(self._value_changed)
        for combo in (self.qualifier, self.casualty_type):
            combo.activated.connect(lambda _i: self._value_changed())
        self.approx.clicked.connect(lambda _c: self._value_changed())
        self.tag_input.returnPressed.connect(self._add_tag)
        self.remove_tag_button.clicked.connect(self._remove_tag)
        self.add_source_button.clicked.connect(self._add_source)
        self.reuse_source_button.clicked.connect(self._reuse_source)
        self.detach_source_button.clicked.connect(self._detach_source)
        self.open_source_button.clicked.connect(self._open_source)
        self.verdict.activated.connect(lambda _i: self._verdict_chosen())
        self.rationale.textChanged.connect(self._rationale_typed)
        self.comment_input.returnPressed.connect(self._add_comment)

    def _text_field_handler(self, edit: QLineEdit, name: str) -> Callable[[], None]:
        def handler() -> None:
            value = edit.text().strip() or None
            if self.claim is not None and getattr(self.claim, name) != value:
                self._update(f"Change {name.replace('_', ' ')}", **{name: value})

        return handler

    def _push(self, command: QUndoCommand) -> None:
        if self.claim is None or self._loading:
            return
        try:
            self.edit_requested.emit(command)
        except AnnotatorError as error:
            show_error(self, "The change was not saved", error)

    def _update(self, text: str, **changes: object) -> None:
        if self.claim is None or self._loading:
            return
        if all(getattr(self.claim, k, None) == v for k, v in changes.items()):
            return
        self._push(UpdateClaimCommand(self.controller, self.claim.id, text, **changes))

    # -- value ----------------------------------------------------------------------------

    def current_value(self) -> NormalizedValue | None:
        """The value as the fields describe it (None when every field is empty)."""
        value = NormalizedValue(
            min=_number(self.value_min.text()),
            max=_number(self.value_max.text()),
            qualifier=Qualifier(self.qualifier.currentText())
            if self.qualifier.currentText()
            else None,
            approx=self.approx.isChecked(),
            unit=self.unit.text().strip() or None,
            casualty_type=CasualtyType(self.casualty_type.currentText())
            if self.casualty_type.currentText()
            else None,
            note=self.claim.value.note if self.claim and self.claim.value else None,
        )
        return None if value.is_empty() and not value.approx else value

    def _value_changed(self) -> None:
        if self.claim is not None and self.current_value() != self.claim.value:
            self._update("Change value", value=self.current_value())

    # -- tags, sources, verdicts, comments -------------------------------------------------

    def _add_tag(self) -> None:
        tag = self.tag_input.text().strip()
        if tag and self.claim is not None:
            self.tag_input.clear()
            self._push(TagCommand(self.controller, self.claim.id, tag))

    def _remove_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is not None and self.claim is not None:
            self._push(TagCommand(self.controller, self.claim.id, item.text(), remove=True))

    def _add_source(self) -> None:
        if self.claim is None:
            return
        dialog = SourceDialog(self)
        if dialog.exec() != SourceDialog.DialogCode.Accepted:
            return
        try:
            source_id = self.controller.apply(create_source, **dialog.fields()).value
        except AnnotatorError as error:
            show_error(self, "The source was not added", error)
            return
        self._push(
            AttachSourceCommand(self.controller, self.claim.id, source_id, dialog.chosen_relation())
        )

    def _reuse_source(self) -> None:
        if self.claim is None:
            return
        dialog = ReuseSourceDialog(list_sources(self.controller.project), self)
        source_id = dialog.chosen_source_id() if dialog.exec() else None
        if source_id is not None:
            self._push(
                AttachSourceCommand(
                    self.controller, self.claim.id, source_id, dialog.chosen_relation()
                )
            )

    def _detach_source(self) -> None:
        item = self.source_list.currentItem()
        if item is not None and self.claim is not None:
            self._push(DetachSourceCommand(self.controller, self.claim.id, int(item.data(ID_ROLE))))

    def _open_source(self) -> None:
        item = self.source_list.currentItem()
        url = None if item is None else item.data(ID_ROLE + 1)
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _verdict_chosen(self) -> None:
        rating = self.verdict.currentData()
        current = self.claim.verdict.rating if self.claim and self.claim.verdict else None
        if self.claim is not None and rating and rating != current:
            self._push(
                SetVerdictCommand(
                    self.controller, self.claim.id, rating, self.rationale.toPlainText()
                )
            )

    def set_verdict(self, rating: str) -> None:
        """Give the verdict with this key (used by the number-key shortcuts)."""
        index = self.verdict.findData(rating)
        if index >= 0:
            self.verdict.setCurrentIndex(index)
            self._verdict_chosen()

    def _rationale_typed(self) -> None:
        if self._loading or self.claim is None or self.claim.verdict is None:
            return
        new = self.rationale.toPlainText()
        if new != self.claim.verdict.rationale:
            self._push(
                EditRationaleCommand(
                    self.controller, self.claim.verdict.id, self.claim.verdict.rationale, new
                )
            )

    def _add_comment(self) -> None:
        text = self.comment_input.text().strip()
        if text and self.claim is not None:
            self.comment_input.clear()
            self._push(AddCommentCommand(self.controller, self.claim.id, text))

    # -- showing a claim -------------------------------------------------------------------

    def _on_project_opened(self) -> None:
        self.taxonomy = get_taxonomy(self.controller.project)
        self.kind.clear()
        for kind in self.taxonomy.kinds:
            self.kind.addItem(kind.label, kind.key)
        self.verdict.clear()
        self.verdict.addItem("— no verdict —", None)
        for number, rating in enumerate(self.taxonomy.verdict_scale, start=1):
            self.verdict.addItem(f"{number}  {rating.label}", rating.key)
        self.show_claim(None)
        self.setEnabled(False)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.claim is not None and (
            self.claim.id in changes.ids(Entity.CLAIM) or changes.touches(Entity.SOURCE)
        ):
            still_there = self.claim.id not in changes.ids(Entity.CLAIM) or self._exists(
                self.claim.id
            )
            self.show_claim(self.claim.id if still_there else None)

    def _exists(self, claim_id: int) -> bool:
        try:
            get_claim(self.controller.project, claim_id)
        except AnnotatorError:
            return False
        return True

    def show_claim(self, claim_id: int | None) -> None:
        """Load a claim into the fields (None clears them)."""
        self._loading = True
        try:
            self._fill(None if claim_id is None else get_claim(self.controller.project, claim_id))
        finally:
            self._loading = False

    def _fill(self, claim: ClaimRecord | None) -> None:
        self.claim = claim
        read_only = self.controller.read_only
        self.setEnabled(claim is not None)
        for widget in (
            self.kind,
            self.subtype,
            self.status,
            self.speaker,
            self.location,
            self.time_ref,
            self.value_min,
            self.value_max,
            self.qualifier,
            self.approx,
            self.unit,
            self.casualty_type,
            self.tag_input,
            self.remove_tag_button,
            self.add_source_button,
            self.reuse_source_button,
            self.detach_source_button,
            self.verdict,
            self.rationale,
            self.comment_input,
        ):
            widget.setEnabled(not read_only)
        for listing in (
            self.tag_list,
            self.source_list,
            self.comment_list,
            self.history_list,
            self.provenance_list,
        ):
            listing.clear()
        if claim is None:
            self.heading.setText("No claim selected")
            for edit in (
                self.speaker,
                self.location,
                self.time_ref,
                self.value_min,
                self.value_max,
                self.unit,
            ):
                edit.clear()
            self.rationale.clear()
            return
        project = self.controller.project
        kind_label = self.kind.itemText(max(0, self.kind.findData(claim.kind)))
        self.heading.setText(f"{kind_label}: “{' '.join(claim.exact.split())[:200]}”")
        self.kind.setCurrentIndex(max(0, self.kind.findData(claim.kind)))
        self.subtype.setCurrentText(claim.subtype or "")
        self.subtype.setEnabled(not read_only and claim.kind == "position")
        self.status.setCurrentIndex(max(0, self.status.findData(claim.status)))
        self.speaker.setText(claim.speaker or "")
        self.location.setText(claim.location or "")
        self.time_ref.setText(claim.time_ref or "")
        origin = claim.origin
        if claim.rule:
            origin += f" by {found_by(claim.rule)}"
        if claim.confidence is not None:
            origin += f" (confidence {claim.confidence:.2f})"
        self.origin.setText(origin)
        self.origin.setToolTip(
            ""
            if claim.confidence is None
            else confidence_meaning(claim.confidence, claim.origin, claim.detector_version)
        )
        value = claim.value or NormalizedValue()
        self.value_min.setText("" if value.min is None else f"{value.min:g}")
        self.value_max.setText("" if value.max is None else f"{value.max:g}")
        self.qualifier.setCurrentText(value.qualifier or "")
        self.approx.setChecked(value.approx)
        self.unit.setText(value.unit or "")
        self.casualty_type.setCurrentText(value.casualty_type or "")
        for tag in claim.tags:
            QListWidgetItem(tag, self.tag_list)
        self.tag_completions.setStringList([name for name, _ in tag_vocabulary(project)])
        for attached in claim_sources(project, claim.id):
            item = QListWidgetItem(
                f"{attached.relation}: {source_label(attached.source)}", self.source_list
            )
            item.setData(ID_ROLE, attached.source.id)
            item.setData(ID_ROLE + 1, attached.source.url or attached.source.archived_url)
        self.verdict.setCurrentIndex(
            max(0, self.verdict.findData(claim.verdict.rating)) if claim.verdict else 0
        )
        rationale = claim.verdict.rationale if claim.verdict else ""
        if self.rationale.toPlainText() != rationale:  # never reset the cursor while typing
            self.rationale.setPlainText(rationale)
        for comment in list_comments(project, claim.id):
            QListWidgetItem(f"{comment.reviewer or '?'}: {comment.body}", self.comment_list)
        for event in claim_history(project, claim.uuid):
            QListWidgetItem(event_line(event), self.history_list)
        provenance = claim_provenance(project, claim.uuid)
        for record in provenance:
            QListWidgetItem(record.describe(), self.provenance_list)
        self.provenance_box.setVisible(bool(provenance))
