/**
 * The ribbon's function file. The Home-tab button opens the task pane (a ShowTaskpane action in
 * the manifest), so no function commands are registered; Office still loads this page.
 */
void Office.onReady(() => undefined);
