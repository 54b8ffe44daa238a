"""Files shipped with the app: the default dataset, translations, fonts, icons."""

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent
DEFAULT_DATASET = ASSETS_DIR / "default_dataset.json"
FONTS_DIR = ASSETS_DIR / "fonts"
TRANSLATIONS_DIR = ASSETS_DIR / "translations"
