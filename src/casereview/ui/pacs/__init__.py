"""The PACS side of the window: nodes and the storage listener's settings, the archive panel
(search, what is here already, retrieve), sending a case's results, and the listener that runs
with the application. ``casereview.ui.features.pacs`` puts them into the shell."""
