"""Where templates come from, seen from the window: template folders (settings and command line),
trusting outside templates, and reloading a template when its file changes.

* Folders are watched with a :class:`QFileSystemWatcher`; changes are gathered for a moment
  (editors write files in several steps) and then each template file whose content changed is
  reloaded through :meth:`TemplateRegistry.reload_file`.
* A reloaded template that is being customised keeps the values that still apply
  (:meth:`Schema.carry_over`); the banner says which went back to their default.
* Trust is pinned to content, so a changed outside file is not loaded again until the user reviews
  and trusts the new version: a notice says so, with a “Review…” button.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from configurator.app.services import user_template_folder
from configurator.core.registry import ENTRY_POINT_GROUP, TemplateEntry
from configurator.core.trust import Candidate, TrustStore, file_candidate
from configurator.sdk.errors import FabwiseError
from configurator.ui.template_folders import (
    TemplateFoldersDialog,
    save_folders,
    saved_folders,
    unique_folders,
)
from configurator.ui.trust_dialog import TrustDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from configurator.ui.gallery import TemplateGallery
    from configurator.ui.message_banner import MessageBanner
    from configurator.ui.session import DesignSession
    from configurator.ui.status import StatusView
    from configurator.ui.thumbnails import ThumbnailService

SETTLE_MS = 300  # gather file-system events for this long before reloading


def template_files(folder: Path) -> list[Path]:
    """The files a template folder contributes (the same rule as the registry's)."""
    if not folder.is_dir():
        return []
    return sorted(p.resolve() for p in folder.glob("*.py") if not p.name.startswith(("_", "test_")))


def content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # gone (or being replaced): handled as removed until it is back


class TemplateSources(QObject):
    templates_changed = Signal()  # the gallery shows a new set of templates
    reloaded = Signal(str, list)  # template id reloaded into the open design; names reset
    trust_needed = Signal(object)  # Candidate: a changed outside file waits for the user

    def __init__(
        self,
        session: DesignSession,
        view: StatusView,
        *,
        notice: MessageBanner,
        gallery: TemplateGallery,
        thumbnails: ThumbnailService,
        undo_stack: QUndoStack,
        settings: QSettings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.gallery = gallery
        self.thumbnail_service = thumbnails
        self.undo_stack = undo_stack
        self.settings = settings
        self._parent_widget = parent
        self.registry = session.document.registry
        policy = self.registry.trust
        self.trust_store = policy if isinstance(policy, TrustStore) else None
        self.notice = notice
        self.notice.retry_requested.connect(self._review_notice)
        self._notice_candidate: Candidate | None = None
        self.command_line_folders: list[Path] = []
        self.dialog: Any = None  # the trust or folders dialog last opened
        self._seen: dict[Path, str] = {}  # template file -> content hash last handled
        self._dirty: set[Path] = set()  # folders with changes not yet handled
        self._stopped = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_changed)
        self.watcher.directoryChanged.connect(self._on_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.apply_changes)
        gallery.review_requested.connect(self.review)
        self.watch(self.folders())
        self.refresh_gallery()

    # --------------------------------------------------------------- folders
    def folders(self) -> list[Path]:
        """Every template folder in use: the user's, the saved ones, the command line's."""
        return unique_folders(
            [user_template_folder(), *saved_folders(self.settings), *self.command_line_folders]
        )

    def set_command_line_folders(self, folders: Iterable[Path]) -> None:
        """Folders given with ``--templates`` (already discovered): watch them too."""
        self.command_line_folders = unique_folders(folders)
        self.watch(self.command_line_folders)

    def edit_folders(self) -> TemplateFoldersDialog:
        """“Template folders…”: edit the saved folders."""
        dialog = TemplateFoldersDialog(
            saved_folders(self.settings), self.command_line_folders, parent=self._parent_widget
        )
        dialog.accepted.connect(lambda: self.set_saved_folders(dialog.folders()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_saved_folders(self, folders: Iterable[Path]) -> None:
        settings = self.settings
        if settings is None:
            return
        before = set(self.folders())
        save_folders(settings, folders)
        added = [f for f in self.folders() if f not in before]
        removed = before - set(self.folders())
        for folder in added:
            self.registry.add_folder(folder)
        self.watch(added)
        if removed:
            self.watcher.removePaths([str(f) for f in removed if str(f) in self.watcher.directories()])
            for folder in removed:
                self.registry.remove_folder(folder)
        self.view.show_status(self.tr("Template folders saved."))
        if added or removed:
            self.refresh_gallery()

    def watch(self, folders: Iterable[Path]) -> None:
        if self._stopped:
            return
        for folder in folders:
            if not folder.is_dir():
                continue
            files = template_files(folder)
            for path in files:
                self._seen.setdefault(path, self._loaded_hash(path) or content_hash(path) or "")
            self._add_watches([folder, *files])

    def _add_watches(self, paths: Iterable[Path]) -> None:
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        new = [str(p) for p in paths if str(p) not in watched and p.exists()]
        if new:
            self.watcher.addPaths(new)

    def _loaded_hash(self, path: Path) -> str | None:
        """The content hash the registry knows ``path`` by (loaded, or waiting for trust)."""
        for entry in self.registry.entries:
            if entry.ref.origin == "file" and entry.ref.location == str(path):
                return entry.ref.fingerprint
        for candidate in self.registry.untrusted:
            if candidate.kind == "file" and candidate.location == str(path):
                return candidate.sha256
        return None

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._stopped = True
        self._settle.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)

    # --------------------------------------------------------------- changes
    def _on_changed(self, path: str) -> None:
        if self._stopped:
            return
        changed = Path(path)
        self._dirty.add(
            changed if str(changed) in self.watcher.directories() or changed.is_dir() else changed.parent
        )
        self._settle.start()

    def apply_changes(self) -> None:
        """Reload every template file in the changed folders whose content changed."""
        dirty, self._dirty = self._dirty, set()
        changed = False
        for folder in sorted(dirty):
            files = set(template_files(folder))
            known = {p for p in self._seen if p.parent == folder}
            for path in sorted(files | known):
                digest = content_hash(path) if path in files else None
                if digest == self._seen.get(path):
                    continue  # touched, not changed
                self._reload(path, digest)
                changed = True
            self._add_watches([folder, *files])  # a file replaced by a rename drops its watch
        if changed:
            self.refresh_gallery()

    def _reload(self, path: Path, digest: str | None) -> None:
        open_entry = self.session.entry
        affects_design = (
            open_entry is not None
            and open_entry.ref.origin == "file"
            and open_entry.ref.location == str(path)
        )
        if affects_design:
            self.view.commit_pending_edits()  # a value being typed belongs to the design
        was_loaded = any(
            e.ref.origin == "file" and e.ref.location == str(path) for e in self.registry.entries
        )
        templates = self.registry.reload_file(path)
        if digest is None:
            self._seen.pop(path, None)
        else:
            self._seen[path] = digest
        candidate = next((c for c in self.registry.untrusted if c.location == str(path)), None)
        broken = next((b for b in self.registry.broken if b.location == str(path)), None)
        if candidate is not None and (was_loaded or affects_design):
            self._ask_trust_again(candidate)
        elif broken is not None and (was_loaded or affects_design):
            self.notice.show_message(
                "error",
                self.tr("{name} changed and no longer loads: {reason}").format(
                    name=path.name, reason=broken.reason
                ),
                hint=self.tr("the design keeps the last version that loaded; fix the file to reload it"),
                details=broken.details,
            )
        elif digest is None and (was_loaded or affects_design):
            self.notice.show_message(
                "warning",
                self.tr("{name} was removed: its templates are no longer listed").format(name=path.name),
                hint=self.tr("the design keeps the last version that loaded"),
            )
        elif templates:
            self._clear_notice_for(path)
            self.view.show_status(self.tr("Reloaded {name}").format(name=path.name))
            self._thumbnails([e for e in self.registry.entries if e.ref.location == str(path)])
        if affects_design and open_entry is not None and candidate is None and templates:
            self._carry_over(open_entry, path)

    def _carry_over(self, old: TemplateEntry, path: Path) -> None:
        """Rebuild the open design with the reloaded template, keeping what still applies."""
        try:
            entry = self.registry.get(old.template.id)
        except FabwiseError:
            self.notice.show_message(
                "warning",
                self.tr(
                    "{name} changed and no longer provides “{name2}”; the preview shows the last version."
                ).format(name=path.name, name2=old.template.name),
            )
            return
        if entry.ref == old.ref:
            return
        schema = entry.template.schema
        previous = self.session.values
        values = schema.carry_over(previous)
        reset = [n for n, v in previous.items() if n in schema and values.get(n) != v]
        removed = [n for n in previous if n not in schema]
        added = [n for n in schema.names if n not in previous]
        self.undo_stack.clear()  # earlier steps may name parameters that no longer exist
        # the design stays unsaved if it was, or if values were reset or dropped
        self.session.reload_template(entry, values, unsaved=bool(reset or removed))
        notes = []
        if reset:
            notes.append(
                self.tr("back to the default: ")
                + ", ".join(
                    self.tr("{n} = {text} (allowed {describe_range})").format(
                        n=n, text=_text(values[n]), describe_range=schema[n].describe_range()
                    )
                    for n in reset
                )
            )
        if removed:
            notes.append(self.tr("no longer parameters: ") + ", ".join(removed))
        if added:
            notes.append(
                self.tr("new: ")
                + ", ".join(self.tr("{n} = {text}").format(n=n, text=_text(values[n])) for n in added)
            )
        kept = "; ".join(notes) if notes else self.tr("all your values still apply")
        self.view.report(
            "info",
            self.tr("{name} changed: reloaded “{name2}”. {kept}.").format(
                name=path.name, name2=entry.template.name, kept=kept
            ),
        )
        self.reloaded.emit(entry.template.id, reset)

    def refresh_gallery(self) -> None:
        registry = self.registry
        self.gallery.set_templates(registry.entries, registry.broken, registry.untrusted)
        self.templates_changed.emit()

    def _thumbnails(self, entries: list[TemplateEntry]) -> None:
        if entries:
            self.thumbnail_service.start(entries)

    # ----------------------------------------------------------------- trust
    def review(self, candidate: Candidate, changed: bool = False) -> TrustDialog | None:
        """Show the candidate's location and hash; “Trust and load” trusts and loads it."""
        if self.trust_store is None:
            return None  # every template is trusted here (tests, or the caller asked already)
        dialog = TrustDialog(candidate, changed=changed, parent=self._parent_widget)
        dialog.accepted.connect(lambda: self.trust(candidate))
        self.dialog = dialog
        dialog.open()
        return dialog

    def trust(self, candidate: Candidate) -> bool:
        """Trust ``candidate`` (as reviewed) and load it. A file that changed since it was
        reviewed is not trusted: the dialog opens again for what is there now."""
        store = self.trust_store
        if store is None:
            return False
        if candidate.kind == "file":
            path = Path(candidate.location)
            try:
                current = file_candidate(path)
            except OSError as exc:
                self.notice.show_message(
                    "error", self.tr("{name} cannot be read: {exc}").format(name=path.name, exc=exc)
                )
                return False
            if current.sha256 != candidate.sha256:
                self.review(current, changed=True)
                return False
        try:
            store.trust(candidate)
        except OSError as exc:
            self.notice.show_message(
                "error", self.tr("The trust list could not be saved: {exc}").format(exc=exc)
            )
            return False
        if candidate.kind == "file":
            self._reload(Path(candidate.location), candidate.sha256)
        else:
            self._load_package(candidate)
        self._clear_notice_for(Path(candidate.location))
        self.refresh_gallery()
        return True

    def _load_package(self, candidate: Candidate) -> None:
        registry = self.registry
        registry.untrusted = [c for c in registry.untrusted if c != candidate]
        before = set(registry.ids())
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.dist is not None and ep.dist.name == candidate.location:
                registry.add_entry_point(ep)
        self._thumbnails([e for e in registry.entries if e.template.id not in before])

    def _ask_trust_again(self, candidate: Candidate) -> None:
        self._notice_candidate = candidate
        self.notice.show_message(
            "warning",
            self.tr("{label} changed: review and trust the new version to reload").format(
                label=candidate.label
            ),
            retry=True,
            retry_text=self.tr("Review…"),
        )
        self.trust_needed.emit(candidate)

    def _review_notice(self) -> None:
        candidate = self._notice_candidate
        if candidate is None:
            return
        pending = next((c for c in self.registry.untrusted if c.location == candidate.location), candidate)
        self.review(pending, changed=True)

    def _clear_notice_for(self, path: Path) -> None:
        candidate = self._notice_candidate
        if candidate is not None and candidate.location == str(path):
            self._notice_candidate = None
            self.notice.clear()


def _text(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
