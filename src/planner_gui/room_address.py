"""Where members' phones can reach this laptop: its addresses on the venue's network, found with QtNetwork.

``QNetworkInterface`` lists the network interfaces (Wi-Fi, Ethernet, a hotspot
the laptop itself runs) that are up, and their addresses. Room voting listens on
one of them only (never on every interface at once). With none, the laptop is
on no network, and :func:`no_network` says what to do: join the venue's Wi-Fi
or start a hotspot. Only QtCore and QtNetwork are used (no window), so the
headless ``planner-gui room`` finds the address the same way.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from planner_gui.i18n import N_, _

DEFAULT_PORT = 8640

HOTSPOT_STEPS = (  # translated where shown: _(step)
    N_("Windows: Settings > Network & internet > Mobile hotspot"),
    N_("macOS: System Settings > General > Sharing > Internet Sharing, to Wi-Fi"),
    N_("Linux: Settings > Wi-Fi > ⋮ > Turn On Wi-Fi Hotspot"),
)


def no_network() -> str:
    """Why room voting can't start without a network, and how to make one, in the language spoken now."""
    return _(
        "This laptop is on no network, so members' phones can't reach it. Join the venue's Wi-Fi, "
        "or start a hotspot on the laptop and have members join it ({steps}); then look again."
    ).format(steps="; ".join(_(step) for step in HOTSPOT_STEPS))


@dataclass(frozen=True)
class NetworkAddress:
    """One address of this laptop on a network, and the interface it belongs to, as the system names it."""

    host: str
    interface: str
    wifi: bool = False

    def describe(self) -> str:
        return f"{self.host} ({self.interface}{', Wi-Fi' if self.wifi else ''})"


def base_url(host: str, port: int) -> str:
    """``http://host:port`` (an IPv6 address in brackets), what a member's link starts with."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _rank(address: NetworkAddress) -> tuple[int, int]:
    ip = ipaddress.ip_address(address.host)
    if ip.is_link_local:  # 169.254.x.x: two devices with no router; works, but rarely what is meant
        return (2, 0)
    return (0 if ip.is_private else 1, 0 if address.wifi else 1)


def network_addresses() -> list[NetworkAddress]:
    """This laptop's IPv4 addresses on its networks (loopback left out), the likeliest for a room first.

    Private addresses (a venue's Wi-Fi, a hotspot) come before public ones,
    Wi-Fi before wired, and self-assigned link-local ones last.
    """
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface  # loaded when first asked, not with the window

    found: list[NetworkAddress] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        wifi = interface.type() == QNetworkInterface.InterfaceType.Wifi
        name = interface.humanReadableName() or interface.name()
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or ip.isLoopback():
                continue
            found.append(NetworkAddress(ip.toString(), name, wifi))
    return sorted(found, key=_rank)
