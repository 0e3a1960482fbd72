"""The "Utseende" panel: every reading-comfort setting as a big, labelled control.

Each control writes one setting and follows it back (so presets, shortcuts
and "Återställ" show up here at once). Number boxes rather than sliders: a
screen reader reads their value and unit, and the keyboard sets them exactly.
The panel is not modal, so the text behind it changes while the reader
adjusts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.platform import fonts
from reader.preferences import themes
from reader.preferences.settings import DEFAULTS
from reader.ui.flow_layout import button_row
from reader.ui.locked_controls import disable_locked_controls
from reader.ui.press_button import PressButton, TickBox
from reader.ui.screen_fit import fit_on_screen, scrolling


class AppearancePanel(QDialog):
    """Controls for font, size, spacing, line length, colours, interface scale and ruler."""

    def __init__(self, appearance, parent: QWidget | None = None):
        super().__init__(parent)
        self.appearance = appearance
        self.settings = appearance.settings
        self._rebuilding = False  # a new language: built again once
        self.setObjectName("AppearancePanel")
        self.setWindowTitle(QCoreApplication.translate("AppearancePanel", "Utseende"))
        self.setAccessibleName(QCoreApplication.translate("AppearancePanel", "Utseende"))
        self.setModal(False)
        # Take the main window's font (interface scale) and colours, like its other children.
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self._editors: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        presets = []
        for label, slot, name in (
            (
                QCoreApplication.translate("AppearancePanel", "Större text"),
                appearance.bigger_text,
                "preset_bigger",
            ),
            (
                QCoreApplication.translate("AppearancePanel", "Hög kontrast"),
                lambda: appearance.set_high_contrast(True),
                "preset_contrast",
            ),
            (
                QCoreApplication.translate("AppearancePanel", "Lättare att läsa"),
                lambda: appearance.set_easier_reading(True),
                "preset_easier",
            ),
            (
                QCoreApplication.translate("AppearancePanel", "Återställ"),
                appearance.reset_appearance,
                "preset_reset",
            ),
        ):
            button = PressButton(label)
            button.setObjectName(name)
            button.setAccessibleName(label)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            presets.append(button)
        presets_box = button_row(presets, "AppearancePresets")
        # The quick choices and the buttons at the bottom scroll with the rest: outside the
        # scroll area they would take the height of a low screen at large controls (683 × 384
        # at 200 %). On a larger screen the window is as high as all of it (up to 720 px).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(presets_box)

        form_widget = QWidget()
        body_layout.addWidget(form_widget)
        form = QFormLayout(form_widget)
        # Labels above their fields: fits a narrow window and keeps label and field together when magnified.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        family = QComboBox()
        for key in fonts.FONT_CHOICES:
            label = fonts.font_label(key)
            if key != fonts.SYSTEM and appearance.font_report.family(key) is None:
                label = QCoreApplication.translate("AppearancePanel", "{0} (kunde inte läsas in)").format(
                    label
                )
            family.addItem(label, key)
        self._add_choice(
            form, "text/family", QCoreApplication.translate("AppearancePanel", "&Typsnitt"), family
        )
        bold = TickBox(QCoreApplication.translate("AppearancePanel", "F&etstil"))
        self._bind_check("text/bold", bold)
        form.addRow(bold)
        self._add_number(
            form,
            "text/size_pt",
            QCoreApplication.translate("AppearancePanel", "Text&storlek"),
            QCoreApplication.translate("AppearancePanel", " punkter"),
            1,
            0,
        )
        self._add_number(
            form,
            "text/line_height",
            QCoreApplication.translate("AppearancePanel", "&Radavstånd"),
            QCoreApplication.translate("AppearancePanel", " gånger"),
            0.1,
            1,
        )
        self._add_number(
            form,
            "text/paragraph_spacing",
            QCoreApplication.translate("AppearancePanel", "St&yckeavstånd"),
            QCoreApplication.translate("AppearancePanel", " tecken"),
            0.25,
            2,
        )
        self._add_number(
            form,
            "text/letter_spacing",
            QCoreApplication.translate("AppearancePanel", "Tecken&avstånd"),
            QCoreApplication.translate("AppearancePanel", " tecken"),
            0.01,
            2,
        )
        self._add_number(
            form,
            "text/word_spacing",
            QCoreApplication.translate("AppearancePanel", "&Ordavstånd"),
            QCoreApplication.translate("AppearancePanel", " tecken"),
            0.02,
            2,
        )
        self._add_number(
            form,
            "text/max_chars",
            QCoreApplication.translate("AppearancePanel", "Längsta ra&d"),
            QCoreApplication.translate("AppearancePanel", " tecken"),
            5,
            0,
        )

        theme = QComboBox()
        for key in themes.THEME_CHOICES:
            theme.addItem(themes.theme_label(key), key)
        self._add_choice(form, "view/theme", QCoreApplication.translate("AppearancePanel", "&Färger"), theme)
        self._add_number(
            form,
            "view/ui_scale",
            QCoreApplication.translate("AppearancePanel", "Storlek på &knappar och menyer"),
            QCoreApplication.translate("AppearancePanel", " %"),
            25,
            0,
        )
        follow = TickBox(QCoreApplication.translate("AppearancePanel", "Knappar &växer med texten"))
        follow.setToolTip(
            QCoreApplication.translate(
                "AppearancePanel",
                "När texten är större än normalt blir knappar, listor och menyer också större.",
            )
        )
        self._bind_check("view/controls_follow_text", follow)
        form.addRow(follow)

        ruler = TickBox(QCoreApplication.translate("AppearancePanel", "&Läslinjal"))
        self._bind_check("ruler/enabled", ruler)
        form.addRow(ruler)
        lines = QComboBox()
        lines.addItem(QCoreApplication.translate("AppearancePanel", "1 rad"), 1)
        lines.addItem(QCoreApplication.translate("AppearancePanel", "3 rader"), 3)
        self._add_choice(
            form, "ruler/lines", QCoreApplication.translate("AppearancePanel", "Läslinjalens &höjd"), lines
        )
        follows = QComboBox()
        follows.addItem(QCoreApplication.translate("AppearancePanel", "Textmarkören"), "caret")
        follows.addItem(QCoreApplication.translate("AppearancePanel", "Musen"), "mouse")
        follows.addItem(QCoreApplication.translate("AppearancePanel", "Uppläsningen"), "speech")
        self._add_choice(
            form,
            "ruler/follow",
            QCoreApplication.translate("AppearancePanel", "Läslinjalen föl&jer"),
            follows,
        )
        self._add_number(
            form,
            "ruler/shade",
            QCoreApplication.translate("AppearancePanel", "&Mörkläggning runt linjalen"),
            QCoreApplication.translate("AppearancePanel", " %"),
            5,
            0,
        )

        reset_all = PressButton(QCoreApplication.translate("AppearancePanel", "Återställ alla inställningar"))
        reset_all.setObjectName("reset_all")
        reset_all.setAutoDefault(False)
        reset_all.clicked.connect(appearance.reset_all)
        close = PressButton(QCoreApplication.translate("AppearancePanel", "Stäng"))
        close.setObjectName("close_appearance")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        body_layout.addWidget(button_row((reset_all, close)))
        outer.addWidget(scrolling(body), 1)

        disable_locked_controls(self, self.settings.is_locked)  # the administrator's locks (presets)
        self.settings.changed.connect(self._on_setting)
        # As wide as its widest field at the controls' size (at least 560 px), at most 720 px
        # high; no larger than the screen: it scrolls when the screen is low.
        self.ensurePolished()
        hint = self.sizeHint()
        fit_on_screen(self, max(560, hint.width()), min(720, hint.height()), near=self.parentWidget())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A new interface language: build the panel again (units and names are made at start)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._rebuilding:
            self._rebuilding = True
            QTimer.singleShot(0, self, self._rebuild)

    def _rebuild(self) -> None:
        was_open = self.isVisible()
        self.appearance.forget_panel(self)
        self.close()
        self.deleteLater()
        if was_open:
            self.appearance.open_panel()

    # -- binding helpers -----------------------------------------------------------
    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def editors(self) -> list[str]:
        """The preference keys this panel has a field for."""
        return list(self._editors)

    def _label(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setWordWrap(True)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(label, widget)

    def _add_number(
        self, form: QFormLayout, key: str, text: str, suffix: str, step: float, decimals: int
    ) -> None:
        spec = DEFAULTS[key]
        box: QSpinBox | QDoubleSpinBox
        if decimals:
            box = QDoubleSpinBox()
            box.setDecimals(decimals)
        else:
            box = QSpinBox()
        low, high = spec.minimum or 0.0, spec.maximum or 0.0  # every number setting has both
        if isinstance(box, QSpinBox):
            box.setRange(int(low), int(high))
        else:
            box.setRange(low, high)
        # Big − and + buttons beside the box instead of its tiny arrows (the arrow keys still work).
        # (NoButtons would collapse the text field under a style sheet; the sheet hides the arrows.)
        if isinstance(box, QSpinBox):
            box.setSingleStep(int(step))
        else:
            box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setValue(self.settings.get(key))
        box.setKeyboardTracking(False)
        box.valueChanged.connect(lambda value, k=key, b=box: self._write(k, value, b))
        self._editors[key] = box
        label = QLabel(text)
        label.setBuddy(box)
        label.setWordWrap(True)
        name = text.replace("&", "")
        box.setAccessibleName(name)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(box, 1)
        for symbol, hint, method in (
            ("−", QCoreApplication.translate("AppearancePanel", "Minska {0}"), box.stepDown),
            ("+", QCoreApplication.translate("AppearancePanel", "Öka {0}"), box.stepUp),
        ):
            button = PressButton(symbol)
            button.setAccessibleName(hint.format(name.lower()))
            button.setToolTip(hint.format(name.lower()))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box itself takes the arrow keys
            button.setAutoDefault(False)
            button.setAutoRepeat(True)
            button.clicked.connect(method)
            row_layout.addWidget(button)
        row.setEnabled(not self.settings.is_locked(key))  # the administrator locked it
        form.addRow(label, row)

    def _add_choice(self, form: QFormLayout, key: str, text: str, combo: QComboBox) -> None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setCurrentIndex(max(0, combo.findData(self.settings.get(key))))
        combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._write(k, c.currentData(), c))
        self._editors[key] = combo
        combo.setEnabled(not self.settings.is_locked(key))  # the administrator locked it
        self._label(form, text, combo)

    def _bind_check(self, key: str, box: QCheckBox) -> None:
        box.setChecked(self.settings.get(key))
        box.setAccessibleName(box.text().replace("&", ""))
        box.toggled.connect(lambda on, k=key, b=box: self._write(k, on, b))
        box.setEnabled(not self.settings.is_locked(key))  # the administrator locked it
        self._editors[key] = box

    def _write(self, key: str, value, widget: QWidget) -> None:
        if widget.signalsBlocked():
            return
        if key == "text/size_pt":
            self.appearance.window.apply_text_size(int(value))
        else:
            self.settings.set(key, value)

    def _on_setting(self, key: str, value) -> None:
        widget = self._editors.get(key)
        if widget is None:
            return
        widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.setValue(value)
        finally:
            widget.blockSignals(False)
