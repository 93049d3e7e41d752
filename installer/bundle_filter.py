"""What the bundle leaves out: Qt plugins the program never loads, and the libraries only they need.

PyInstaller's PySide6 hooks collect Qt plugins by type (every platform, every
image format, every input context) and then every library those plugins link
to. A handful of them drag in Qt Quick, QML, Qt PDF and the GTK stack, none of
which this widgets program uses (Qt Network it does use, for room voting's
addresses; its TLS and network-information plugins it does not). ``--exclude-module`` can't
reach them (they are binaries, not Python modules), so the spec filters the
analysis' binaries with :func:`prune`:

1. every plugin whose bundle path matches :data:`DROPPED_PLUGINS` goes;
2. so does every library that only the dropped plugins need: a library reached
   (through link-time imports) from a dropped plugin and from nothing kept.

Libraries reachable from anything kept stay, so a filter can never break a
plugin or an extension module the program does use.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import PurePath

# One (dest_name, src_name, typecode) entry of PyInstaller's table of contents.
Entry = tuple[str, str, str]
# A binary's link-time imports: (name, resolved full path or None).
ImportsOf = Callable[[str], Iterable[tuple[str, str | None]]]

QT_PLUGINS = "*/plugins/"  # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows

# Bundle paths (lower case, "/" separated) of the Qt plugins the program never loads.
DROPPED_PLUGINS: tuple[str, ...] = (
    # Qt Virtual Keyboard: pulls in Qt Quick, QML and the virtual keyboard's own libraries.
    QT_PLUGINS + "platforminputcontexts/*virtualkeyboard*",
    # The PDF image format: pulls in Qt PDF (and, through it, Qt Quick/QML on some builds).
    QT_PLUGINS + "imageformats/*qpdf*",
    # Image formats the program never reads (its icons are SVG and PNG, which is built in; ICO stays for Windows).
    QT_PLUGINS + "imageformats/*qjpeg*",
    QT_PLUGINS + "imageformats/*qgif*",
    QT_PLUGINS + "imageformats/*qicns*",
    QT_PLUGINS + "imageformats/*qtiff*",
    QT_PLUGINS + "imageformats/*qwebp*",
    QT_PLUGINS + "imageformats/*qtga*",
    QT_PLUGINS + "imageformats/*qwbmp*",
    # Wayland: its platform plugin, shell integrations, decorations and graphics integrations.
    # On a Wayland desktop the program runs through XWayland (the xcb plugin).
    QT_PLUGINS + "platforms/*wayland*",
    QT_PLUGINS + "wayland-*/*",
    # EGLFS, LinuxFB, VNC, Vulkan display: full-screen embedded and remote platforms.
    QT_PLUGINS + "platforms/*eglfs*",
    QT_PLUGINS + "platforms/*minimalegl*",
    QT_PLUGINS + "platforms/*linuxfb*",
    QT_PLUGINS + "platforms/*vnc*",
    QT_PLUGINS + "platforms/*vkkhrdisplay*",
    QT_PLUGINS + "egldeviceintegrations/*",
    # Raw evdev and TUIO input for those embedded platforms (TUIO pulls in Qt Network).
    QT_PLUGINS + "generic/*",
    # The GTK3 platform theme: pulls in GTK, GDK, Pango, Cairo, ATK and friends.
    QT_PLUGINS + "platformthemes/*gtk3*",
    # Qt Network's own plugins: room voting only asks QtNetwork for the laptop's addresses (waitress serves,
    # in plain HTTP), so no TLS backend and no network-information backend is loaded.
    QT_PLUGINS + "networkinformation/*",
    QT_PLUGINS + "tls/*",
)


# Libraries a hook collects for a feature the program never uses, dropped only when nothing kept links to them:
# OpenSSL, which PyInstaller's QtNetwork hook adds for Qt's TLS plugin (itself dropped above).
UNLINKED_LIBRARIES: tuple[str, ...] = (
    "/libssl.so*",
    "/libcrypto.so*",
    "/libssl-*.dll",
    "/libcrypto-*.dll",
    "/libssl.*.dylib",
    "/libcrypto.*.dylib",
)


def bundle_path(dest: str) -> str:
    """A bundle path in one form on every platform: lower case, "/" separated, with a leading "/"."""
    return "/" + PurePath(dest.replace("\\", "/")).as_posix().lower().lstrip("/")


def is_dropped_plugin(dest: str, patterns: Sequence[str] = DROPPED_PLUGINS) -> bool:
    path = bundle_path(dest)
    return any(fnmatchcase(path, pattern) for pattern in patterns)


def _closure(starts: Iterable[str], edges: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        dest = todo.pop()
        if dest in seen:
            continue
        seen.add(dest)
        todo.extend(edges.get(dest, ()))
    return seen


def dependency_edges(binaries: Sequence[Entry], imports_of: ImportsOf) -> dict[str, set[str]]:
    """For each bundled binary (by bundle path), the bundled binaries it links to."""
    by_source: dict[str, str] = {}
    by_name: dict[str, list[str]] = {}
    for dest, src, typecode in binaries:
        if typecode == "SYMLINK":
            continue
        by_source[os.path.realpath(src)] = dest
        by_name.setdefault(PurePath(dest).name, []).append(dest)
    edges: dict[str, set[str]] = {}
    for dest, src, typecode in binaries:
        if typecode == "SYMLINK":
            continue
        found: set[str] = set()
        for name, resolved in imports_of(src):
            target = by_source.get(os.path.realpath(resolved)) if resolved else None
            if target is None:
                same_name = by_name.get(PurePath(name).name, [])
                target = same_name[0] if len(same_name) == 1 else None
            if target is not None and target != dest:
                found.add(target)
        edges[dest] = found
    return edges


def _symlink_target(dest: str, src: str) -> str:
    """The bundle path a SYMLINK entry points to (its ``src`` is relative to the link's folder)."""
    return os.path.normpath(os.path.join(os.path.dirname(dest), src))


def prune(
    binaries: Sequence[Entry], imports_of: ImportsOf, patterns: Sequence[str] = DROPPED_PLUGINS
) -> tuple[list[Entry], list[Entry]]:
    """Split ``binaries`` into (kept, dropped): the dropped plugins and the libraries only they need."""
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    plugins = {dest for dest, _, _ in files if is_dropped_plugin(dest, patterns)}
    edges = dependency_edges(files, imports_of)
    reached_from_dropped = _closure(plugins, edges)
    roots = [dest for dest, _, _ in files if dest not in reached_from_dropped]
    needed = _closure(roots, edges)
    gone = plugins | (reached_from_dropped - needed)
    dropped = [entry for entry in files if entry[0] in gone]
    kept, links = without_links_to([entry for entry in binaries if entry[0] not in gone], dropped)
    return kept, dropped + links


def without_unlinked(
    binaries: Sequence[Entry], imports_of: ImportsOf, patterns: Sequence[str] = UNLINKED_LIBRARIES
) -> tuple[list[Entry], list[Entry]]:
    """Split ``binaries`` into (kept, dropped): those matching ``patterns`` that no other kept binary links to.

    Repeated until nothing more goes (libcrypto goes once libssl, the one library linking it, has gone).
    """
    kept = list(binaries)
    dropped: list[Entry] = []
    while True:
        files = [entry for entry in kept if entry[2] != "SYMLINK"]
        edges = dependency_edges(files, imports_of)
        linked = {target for dest, targets in edges.items() for target in targets if target != dest}
        gone = [e for e in files if is_dropped_plugin(e[0], patterns) and e[0] not in linked]
        if not gone:
            break
        names = {e[0] for e in gone}
        kept = [e for e in kept if e[0] not in names]
        dropped += gone
    kept, links = without_links_to(kept, dropped)
    return kept, dropped + links


def without_links_to(entries: Sequence[Entry], dropped: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Split ``entries`` into (kept, dropped): the SYMLINK entries pointing at a dropped file go too.

    PyInstaller puts such links (``libQt6Network.so.6`` -> ``PySide6/Qt/lib/...``)
    among the binaries or the datas; left alone they would dangle.
    """
    gone = {os.path.normpath(dest) for dest, _, _ in dropped}
    kept: list[Entry] = []
    links: list[Entry] = []
    for entry in entries:
        dest, src, typecode = entry
        dangling = typecode == "SYMLINK" and _symlink_target(dest, src) in gone
        (links if dangling else kept).append(entry)
    return kept, links


def describe(dropped: Sequence[Entry]) -> list[str]:
    """One line per dropped entry, with its size, for the build log."""
    lines = []
    for dest, src, typecode in sorted(dropped):
        size = os.path.getsize(src) if typecode != "SYMLINK" and os.path.isfile(src) else 0
        lines.append(f"{size / 1048576:7.2f} MB  {dest}")
    return lines
