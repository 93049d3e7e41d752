"""The files around the bundle, checked without building it: filters, icons, desktop and platform metadata."""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path
from typing import Any

import bundle_filter
import launcher
import make_icons
import platform_files
import pytest
from PySide6.QtWidgets import QApplication
from shipped import INSTALLER, ROOT, problems_in

from planner_gui import __version__
from planner_gui.core.planfile import APPLICATION_ID, PLAN_SUFFIX

Q = "PySide6/Qt/plugins"


# ------------------------------------------------------------------ what the spec leaves out


@pytest.mark.parametrize(
    "dest",
    [
        f"{Q}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{Q}/imageformats/libqpdf.so",
        f"{Q}/platforms/libqwayland.so",
        f"{Q}/wayland-shell-integration/libxdg-shell.so",
        f"{Q}/platforms/libqeglfs.so",
        f"{Q}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{Q}/platformthemes/libqgtk3.so",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6\\plugins\\imageformats\\qpdf.dll",
        f"{Q}/imageformats/libqpdf.dylib",
    ],
)
def test_the_plugins_that_drag_in_quick_pdf_wayland_or_gtk_are_dropped_on_every_platform(dest: str) -> None:
    assert bundle_filter.is_dropped_plugin(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{Q}/platforms/libqxcb.so",
        f"{Q}/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        f"{Q}/platforms/libqcocoa.dylib",
        f"{Q}/imageformats/libqsvg.so",
        f"{Q}/iconengines/libqsvgicon.so",
        f"{Q}/printsupport/libcupsprintersupport.so",
        f"{Q}/platformthemes/libqxdgdesktopportal.so",
        f"{Q}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
    ],
)
def test_the_plugins_the_program_uses_stay(dest: str) -> None:
    assert not bundle_filter.is_dropped_plugin(dest)


def test_prune_drops_the_libraries_only_dropped_plugins_need_and_links_to_them() -> None:
    binaries = [
        (f"{Q}/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
        (f"{Q}/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
        (f"{Q}/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/qt/libvk.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/qt/libQt6Quick.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/site/QtGui.abi3.so", "EXTENSION"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    links = {
        "/qt/libqxcb.so": ["/qt/libQt6Gui.so.6"],
        "/qt/libqgtk3.so": ["/qt/libQt6Gui.so.6", "/usr/lib/libgtk-3.so.0", "/usr/lib/libglib-2.0.so.0"],
        "/qt/libvk.so": ["/qt/libQt6Quick.so.6", "/qt/libQt6Gui.so.6"],
        "/qt/libQt6Gui.so.6": ["/usr/lib/libglib-2.0.so.0"],
        "/qt/libQt6Quick.so.6": ["/qt/libQt6Gui.so.6"],
        "/site/QtGui.abi3.so": ["/qt/libQt6Gui.so.6", "/nowhere/libmissing.so"],
    }

    def imports_of(src: str) -> list[tuple[str, str | None]]:
        return [(Path(path).name, path) for path in links.get(src, [])] + [("libunresolved.so", None)]

    kept, dropped = bundle_filter.prune(binaries, imports_of)

    assert sorted(dest for dest, _, _ in dropped) == sorted(
        [
            f"{Q}/platformthemes/libqgtk3.so",
            f"{Q}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "PySide6/Qt/lib/libQt6Quick.so.6",
            "libgtk-3.so.0",
            "libQt6Quick.so.6",
        ]
    )
    assert [dest for dest, _, _ in kept] == [
        f"{Q}/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libglib-2.0.so.0",  # the gtk3 theme needs it, but so does QtGui: it stays
        "PySide6/QtGui.abi3.so",
        "libQt6Gui.so.6",
    ]


def test_openssl_that_nothing_kept_links_to_goes_and_openssl_something_needs_stays() -> None:
    binaries = [
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY"),
        ("libQt6Network.so.6", "/qt/libQt6Network.so.6", "BINARY"),
        ("libk5crypto.so.3", "/usr/lib/libk5crypto.so.3", "BINARY"),
    ]
    links = {
        "/usr/lib/libssl.so.3": ["/usr/lib/libcrypto.so.3"],
        "/qt/libQt6Network.so.6": ["/usr/lib/libk5crypto.so.3"],
    }

    def imports_of(src: str) -> list[tuple[str, str | None]]:
        return [(Path(path).name, path) for path in links.get(src, [])]

    kept, dropped = bundle_filter.without_unlinked(binaries, imports_of)
    assert [dest for dest, _, _ in dropped] == ["libssl.so.3", "libcrypto.so.3"]  # libcrypto once libssl has gone
    assert [dest for dest, _, _ in kept] == ["libQt6Network.so.6", "libk5crypto.so.3"]

    links["/usr/lib/libk5crypto.so.3"] = ["/usr/lib/libcrypto.so.3"]  # a kept library that needs libcrypto
    kept, dropped = bundle_filter.without_unlinked(binaries, imports_of)
    assert [dest for dest, _, _ in dropped] == ["libssl.so.3"]
    assert "libcrypto.so.3" in [dest for dest, _, _ in kept]


def test_links_among_the_datas_to_a_dropped_library_go_too() -> None:
    datas = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("resources/RESOURCES.txt", "/src/resources/RESOURCES.txt", "DATA"),
    ]
    dropped = [("PySide6/Qt/lib/libQt6Quick.so.6", "/qt/libQt6Quick.so.6", "BINARY")]

    kept, links = bundle_filter.without_links_to(datas, dropped)

    assert links == [datas[0]]
    assert kept == datas[1:]


# ------------------------------------------------------------------ how the as-shipped test reads output


def test_the_output_check_catches_missing_modules_and_qt_plugin_errors() -> None:
    output = "\n".join(
        [
            "Created board.retreat with the sample plan.",
            "ModuleNotFoundError: No module named 'planner_gui.core.migrations.v005_baseline'",
            'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
            "qt.qpa.xcb: could not connect to display",
            "Cannot load library libqsvg.so: (libQt6Svg.so.6: cannot open shared object file)",
            "  Integrity:       ok",
        ]
    )
    assert problems_in(output) == output.splitlines()[1:5]


# ------------------------------------------------------------------ icons


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_comes_in_every_size_from_the_one_svg(qapp: QApplication, tmp_path: Path) -> None:
    written = make_icons.make_icons(tmp_path)

    for size in make_icons.HICOLOR_SIZES:
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{platform_files.APP_ID}.png"
        assert path in written
        assert png_size(path.read_bytes()) == (size, size)
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{platform_files.APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "retreat-planner.svg").read_bytes()

    ico = (tmp_path / "retreat-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for number in range(count):
        width, _, _, _, _, bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * number : 22 + 16 * number])
        assert bits == 32
        assert png_size(ico[offset : offset + length]) == ((width or 256), (width or 256))
        sizes.append(width or 256)
    assert sizes == sorted(make_icons.ICO_SIZES)

    icns = (tmp_path / "retreat-planner.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    found, at = {}, 8
    while at < len(icns):
        kind_bytes, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        found[kind_bytes] = png_size(icns[at + 8 : at + length])[0]
        at += length
    assert found == {kind_bytes: size for kind_bytes, size in make_icons.ICNS_TYPES}
    assert found[b"ic10"] == 1024


# ------------------------------------------------------------------ desktop and platform metadata


def test_the_appstream_metadata_names_this_version_and_the_desktop_entry() -> None:
    assert platform_files.metainfo_releases()[0] == __version__
    text = platform_files.METAINFO_FILE.read_text(encoding="utf-8")
    assert f"<id>{platform_files.APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{platform_files.APP_ID}.desktop</launchable>' in text
    assert "<mediatype>application/x-retreat-plan</mediatype>" in text


def test_the_desktop_entry_opens_plans_with_the_bundled_program() -> None:
    lines = platform_files.DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert f"Exec={platform_files.EXE_NAME} %f" in lines
    assert f"Icon={platform_files.APP_ID}" in lines
    assert "MimeType=application/x-retreat-plan;" in lines


def test_the_mime_type_matches_plan_files_by_name_and_by_their_header() -> None:
    text = platform_files.MIME_FILE.read_text(encoding="utf-8")
    assert f'<glob pattern="*{PLAN_SUFFIX}"/>' in text
    assert '<match type="string" offset="0" value="SQLite format 3">' in text
    assert f'<match type="big32" offset="68" value="0x{APPLICATION_ID:08X}"/>' in text


def test_the_macos_info_plist_registers_the_retreat_extension() -> None:
    plist = platform_files.info_plist(__version__)

    assert plist["CFBundleIdentifier"] == platform_files.APP_ID
    assert (plist["CFBundleShortVersionString"], plist["CFBundleVersion"]) == (__version__, __version__)
    [document] = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == [PLAN_SUFFIX.lstrip(".")]
    assert (document["CFBundleTypeRole"], document["LSHandlerRank"]) == ("Editor", "Owner")
    [declared] = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [PLAN_SUFFIX.lstrip(".")]


def test_the_windows_version_resource_carries_this_version(tmp_path: Path) -> None:
    path = platform_files.render_version_info(__version__, tmp_path / "version_info.txt")

    def node(kind: str) -> Any:
        return lambda *args, **kwargs: (kind, args, kwargs)

    # PyInstaller reads the file with eval() into these classes; stand-ins record what they are given.
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo")
    info = eval(path.read_text(encoding="utf-8"), {name: node(name) for name in (*names, "VarStruct")})
    numbers = platform_files.version_numbers(__version__)
    assert info[2]["ffi"][2]["filevers"] == numbers == info[2]["ffi"][2]["prodvers"]
    strings = dict(entry[1] for entry in info[2]["kids"][0][1][0][0][1][1])
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == f"{platform_files.EXE_NAME}.exe"


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 1))]
)
def test_version_numbers_for_windows(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert platform_files.version_numbers(version) == numbers


def test_the_build_pins_the_same_pyside6_as_the_program() -> None:
    pins = dict(
        re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (INSTALLER / "requirements.txt").read_text(encoding="utf-8"), re.M)
    )
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert f"PySide6-Essentials=={pins['PySide6-Essentials']}" in project["project"]["dependencies"]
    assert pins["shiboken6"] == pins["PySide6-Essentials"]
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= pins.keys()


@pytest.mark.parametrize(
    ("environ", "platform", "chosen"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),  # no XWayland: let Qt say what is missing
        ({"DISPLAY": ":0"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", "offscreen"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "darwin", None),
    ],
)
def test_the_bundle_asks_for_x11_on_a_wayland_desktop_since_it_has_no_wayland_plugin(
    environ: dict[str, str], platform: str, chosen: str | None
) -> None:
    launcher.prefer_x11_on_wayland(environ, platform)

    assert environ.get("QT_QPA_PLATFORM") == chosen
