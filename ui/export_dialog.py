"""File → Export…: choose a format and filters, see the counts, pick where to save.

The dialog only describes the export; the window runs it in the background
with progress and cancel.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import ClaimStatus
from annotator.exchange.export import ExportFormat, ExportOptions, preview_export
from annotator.exchange.filters import ExportFilter
from annotator.project import Project
from annotator.records import Taxonomy
from annotator.services.tags import tag_vocabulary

FORMAT_LABELS = {
    ExportFormat.JSON: "Claim Annotator JSON (complete, re-importable)",
    ExportFormat.JSONL: "JSON Lines (one claim per line)",
    ExportFormat.CSV: "CSV for spreadsheets",
    ExportFormat.CLAIMREVIEW: "schema.org ClaimReview (claims with a verdict)",
    ExportFormat.WEBANNOTATION: "W3C Web Annotation",
}


class ExportDialog(QDialog):
    """Format, filters (this article, kind, status, verdict, tag), text or not, and a preview."""

    def __init__(
        self,
        project: Project,
        taxonomy: Taxonomy,
        current_article_uuid: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.current_article_uuid = current_article_uuid
        self.setWindowTitle("Export claims")
        self.format = QComboBox(self)
        for export_format, label in FORMAT_LABELS.items():
            self.format.addItem(label, export_format)
        self.scope = QComboBox(self)
        self.scope.addItem("All articles", "all")
        if current_article_uuid is not None:
            self.scope.addItem("Only the current article", "article")
        self.kind = self._combo("Any kind", [(k.label, k.key) for k in taxonomy.kinds])
        self.status = self._combo(
            "Any status", [(s.value.replace("_", " "), s.value) for s in ClaimStatus]
        )
        self.verdict = self._combo(
            "Any verdict",
            [("No verdict", "none")] + [(r.label, r.key) for r in taxonomy.verdict_scale],
        )
        self.tag = self._combo("Any tag", [(t, t) for t, _ in tag_vocabulary(project)])
        self.include_text = QCheckBox("Include the article texts", self)
        self.include_text.setChecked(True)
        self.include_events = QCheckBox("Include the event log", self)
        self.preview = QLabel(self)
        form = QFormLayout()
        for label, widget in (
            ("Format", self.format),
            ("Articles", self.scope),
            ("Kind", self.kind),
            ("Status", self.status),
            ("Verdict", self.verdict),
            ("Tag", self.tag),
        ):
            form.addRow(label, widget)
            widget.currentIndexChanged.connect(self._update_preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.include_text)
        layout.addWidget(self.include_events)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._update_preview()

    def _combo(self, any_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_label, "")
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def export_filter(self) -> ExportFilter:
        def chosen(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        article = self.current_article_uuid if self.scope.currentData() == "article" else None
        return ExportFilter(
            article_uuids=() if article is None else (article,),
            kinds=chosen(self.kind),
            statuses=chosen(self.status),
            verdicts=chosen(self.verdict),
            tags=chosen(self.tag),
        )

    def options(self) -> ExportOptions:
        return ExportOptions(
            format=ExportFormat(self.format.currentData()),
            filter=self.export_filter(),
            include_text=self.include_text.isChecked(),
            include_events=self.include_events.isChecked(),
        )

    def _update_preview(self) -> None:
        counts = preview_export(self.project, self.export_filter())
        self.preview.setText(
            f"{counts.claims:,} claims in {counts.articles:,} articles "
            f"({counts.claims_with_verdict:,} with a verdict)"
        )
