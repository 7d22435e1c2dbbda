"""Tag a claim: open the tag editor on it, then save what the reviewer chose; browse tags.

The compare screen asks (``CompareScreen.TagClaim``); the editor only collects
input; the corpus's tag stores (one sidecar per article) save it. A claim that
already carries a tag on exactly that span is edited rather than tagged twice.
Changes are written by a ``Saver`` thread: the status line says "saving tags"
at once and "tags saved" (or the error) when the write is done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import App

from tui.engine.corpus import Corpus
from tui.screens.compare_claims import Claim
from tui.screens.messages import OpenPair, TagsChanged
from tui.screens.tag_editor import TagEdit, TagEditor
from tui.screens.tags_screen import TagsScreen
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import AnchoredTag, Related
from tui.tags.saver import Saver, SaveReport
from tui.tags.store import StillSaving, TagsReadOnly

SAVING, SAVED = "saving tags…", "tags saved"
NOT_SAVED = "tags NOT saved: the next change retries"


def claim_link(claim: Claim) -> Related | None:
    """The link from ``claim`` to the text facing it, if anything faces it."""
    if not claim.related_quote:
        return None
    return Related(claim.related_article.name, claim.related_quote)


class Tagging:
    """The tag stores of a corpus, and the editor round trip for one claim at a time."""

    def __init__(self, app: App[Any], corpus: Corpus, labels: Sequence[str]) -> None:
        self.app = app
        self.corpus = corpus
        self.saver = Saver(on_saved=self._written)
        self.tags = CorpusTags(corpus.articles, saver=self.saver)
        self.labels = tuple(labels)
        self._announce: set[str] = set()
        """Articles whose next write ends a tag editor save: it is announced."""

    def browse(self) -> None:
        """Every tag of the corpus; the one chosen opens its article with the linked one."""
        self.tags.reload()
        screen = TagsScreen(
            self.tags.all_tags(),
            labels=self.labels,
            errors=[str(error) for error in self.tags.errors()],
            current=self.tags.all_tags,
        )
        self.app.push_screen(screen, callback=self._open_tagged)

    def _open_tagged(self, placed: AnchoredTag | None) -> None:
        if placed is None:
            return
        names = {article.name: article for article in self.corpus.articles}
        if placed.article not in names:
            self._refuse_missing(placed.article)
            return
        related = placed.tag.related
        if related is None or related.article not in names:
            self.app.notify(
                f"{placed.article}: this tag links no other article of the corpus; "
                "mark two articles to compare them.",
                title="No pair to open",
                severity="warning",
                markup=False,
            )
            return
        self.app.post_message(
            OpenPair(names[placed.article], names[related.article], at=placed.anchor.start)
        )

    def edit(self, claim: Claim) -> None:
        store = self.tags.store(claim.article)
        if store.error is not None:
            self._refuse(str(store.error))
            return
        existing = self._tag_on(claim)
        editor = TagEditor(
            claim.text,
            article=claim.article.name,
            labels=self.labels,
            related=claim_link(claim),
            initial=existing.tag if existing else None,
        )

        def save(edit: TagEdit | None) -> None:
            if edit is not None:
                self._save(claim, existing, edit)

        self.app.push_screen(editor, callback=save)

    def edit_all(self, claims: Sequence[Claim]) -> None:
        """Tag every claim with one set of labels and one note (the members of a claim of
        the claims screen); each is linked to its ``related_quote``. The editor shows the
        first; a claim that already carries a tag on exactly its span has it updated."""
        broken = [str(store.error) for c in claims if (store := self.tags.store(c.article)).error]
        if not claims or broken:
            self._refuse("\n".join(broken))
            return
        first = claims[0]
        existing = self._tag_on(first)
        others = len(claims) - 1
        where = first.article.name + (f" and {others} more" if others else "")
        editor = TagEditor(
            first.text,
            article=where,
            labels=self.labels,
            initial=existing.tag if existing else None,
        )

        def save(edit: TagEdit | None) -> None:
            if edit is not None:
                self._save_all(claims, edit)

        self.app.push_screen(editor, callback=save)

    def _save_all(self, claims: Sequence[Claim], edit: TagEdit) -> None:
        with self.tags.one_action():
            tagged = [
                claim.article.name
                for claim in claims
                if self._write(claim, self._tag_on(claim), edit, claim_link(claim))
            ]
        if tagged:
            self.app.notify(
                f"{len(tagged)} of {len(claims)} members tagged; u undoes them all.",
                title="Claim tagged",
                markup=False,
            )
            self._show_changed(*tagged)

    def _tag_on(self, claim: Claim) -> AnchoredTag | None:
        for placed in self.tags.tags_for(claim.article):
            if not placed.orphaned and (placed.anchor.start, placed.anchor.end) == (
                claim.start,
                claim.end,
            ):
                return placed
        return None

    def _save(self, claim: Claim, existing: AnchoredTag | None, edit: TagEdit) -> None:
        if self._write(claim, existing, edit, edit.related):
            self._announce.add(claim.article.name)
            self._show_changed(claim.article.name)

    def _write(
        self, claim: Claim, existing: AnchoredTag | None, edit: TagEdit, related: Related | None
    ) -> bool:
        """Add the tag, or update ``existing``; False (and why, shown) when refused."""
        store = self.tags.store(claim.article)
        try:
            if existing is None:
                store.add(
                    claim.start, claim.end, labels=edit.labels, note=edit.note, related=related
                )
            else:
                store.update(
                    existing.tag.id,
                    labels=edit.labels,
                    note=edit.note,
                    related=related,
                    expected=existing.tag,
                )
        except (TagsReadOnly, ValueError) as error:
            self._refuse(str(error))
            return False
        return True

    def delete(self, placed: AnchoredTag) -> None:
        """Delete a tag (``d`` on the tags screen); ``u`` brings it back."""
        if not self.tags.has_article(placed.article):
            self._refuse_missing(placed.article)
            return
        try:
            self.tags.store(placed.article).delete(placed.tag.id)
        except (TagsReadOnly, KeyError) as error:
            self._refuse(str(error))
            return
        self.app.notify("u undoes it.", title="Tag deleted", markup=False)
        self._show_changed(placed.article)

    def undo(self) -> None:
        """Undo the last tag change of the corpus, whichever article it was in."""
        try:
            change = self.tags.undo()
        except (TagsReadOnly, StillSaving) as error:
            self._refuse(str(error))
            return
        if change is None:
            self.app.notify("No tag change to undo.", title="Undo", markup=False)
            return
        self.app.notify("The last tag change was undone.", title="Undo", markup=False)
        self._show_changed(*(article.name for article in self.corpus.articles))

    def _show_changed(self, *articles: str) -> None:
        """Tell the screen on top, which refreshes what it shows of these articles' tags."""
        self.app.screen.post_message(TagsChanged(articles, self._state()))

    def _state(self) -> str:
        if self.tags.write_errors():
            return NOT_SAVED
        return SAVING if self.saver.busy() else SAVED

    def _written(self, report: SaveReport) -> None:
        """On the saver's thread: hand the outcome to the app's thread."""
        self.app.call_later(self._report, report)

    def _report(self, report: SaveReport) -> None:
        for conflict in report.conflicts:
            self.app.notify(conflict.message, title="Tag conflict kept", severity="warning",
                            markup=False, timeout=10)  # fmt: skip
        if report.error is not None:
            self.app.notify(
                f"{report.error}; the next change retries.",
                title="Tag not saved",
                severity="error",
                markup=False,
            )
        elif report.article in self._announce:
            where = report.store.location.message
            self.app.notify(f"{report.article}: {where}", title="Tag saved", markup=False)
            if not report.store.article.path.exists():
                self.app.notify(
                    f"{report.store.article.path} is no longer on disk: the tag is saved in "
                    f"{report.store.path}, and is listed as orphaned until the article is back.",
                    title="Article gone",
                    severity="warning",
                    markup=False,
                    timeout=15,
                )
        self._announce.discard(report.article)
        self._show_changed(report.article)

    def finish(self) -> list[str]:
        """Wait for the saves in progress and retry failed ones; what is still not saved."""
        self.saver.wait()
        return self.tags.flush()

    def _refuse_missing(self, article: str) -> None:
        self._refuse(
            f"{article} is not in the corpus: its tags are kept in their sidecar, "
            "orphaned; put the article back to open or change them."
        )

    def _refuse(self, reason: str) -> None:
        self.app.notify(reason, title="Cannot tag", severity="error", markup=False, timeout=10)
