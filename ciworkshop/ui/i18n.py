"""Language switching at runtime: our translator plus Qt's own ``qtbase``.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each
view re-sets its texts in ``changeEvent`` (see ``retranslate_ui`` methods).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ciworkshop import paths
from ciworkshop.domain.i18n import Text

LANGUAGES = ("de", "en")


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def translate(text: Text) -> str:
    """Translate a text the core declared with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(text.context, text.source)


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> None:
        language = language if language in LANGUAGES else system_language()
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        ours = QTranslator(self)
        if ours.load(f"ciworkshop_{language}", str(paths.translations_dir())):
            self._translators.append(ours)
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
            self._translators.append(qt)
        for translator in self._translators:
            app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
        )
        self.language = language
        self.language_changed.emit(language)
