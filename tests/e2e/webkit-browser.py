#!/usr/bin/python3
"""A bare WebKitGTK browser for WebKitWebDriver (webkitgtk:browserOptions.binary), for the
end-to-end test of engines (engines.test.mjs).

Why not MiniBrowser: with --automation it always uses an ephemeral (private) session, and WebKit
never writes the console of a private session to stdout. This browser is the same engine with a
real but fresh profile (an empty directory the test makes and removes) and the WebKitSettings
`enable-write-console-messages-to-stdout`, so every console message of the page, and the engine's
own (CSP, failed loads, uncaught exceptions), reaches the driver's output as `CONSOLE ...` lines.

    webkit-browser.py --automation --profile=DIR   (DIR: an empty directory; the caller removes it)

Needs python3-gi, gir1.2-gtk-3.0 and gir1.2-webkit2-4.1 (the WebKitGTK that WebKitWebDriver of
webkit2gtk-driver drives); run under xvfb-run.
"""

import signal
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

profiles = [arg.removeprefix("--profile=") for arg in sys.argv[1:] if arg.startswith("--profile=")]
if "--automation" not in sys.argv[1:] or len(profiles) != 1:
    sys.exit("usage (under WebKitWebDriver): webkit-browser.py --automation --profile=DIR")
profile = profiles[0]
manager = WebKit2.WebsiteDataManager(
    base_data_directory=f"{profile}/data", base_cache_directory=f"{profile}/cache"
)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)


def create_web_view(_session):
    view = WebKit2.WebView(
        web_context=context, settings=settings, is_controlled_by_automation=True
    )
    window = Gtk.Window()
    window.set_default_size(1280, 900)
    window.add(view)
    view.connect("close", lambda _view: window.destroy())
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("e2e-webkit")
    info.set_version(
        WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version()
    )
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


def quit_main():
    Gtk.main_quit()
    return GLib.SOURCE_REMOVE


context.connect("automation-started", automation_started)
for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, quit_main)
Gtk.main()
