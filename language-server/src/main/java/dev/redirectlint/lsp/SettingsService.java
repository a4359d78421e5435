package dev.redirectlint.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings from the editor, and files created or deleted outside it. */
final class SettingsService implements WorkspaceService {

    private final RedirectLintServer server;

    SettingsService(RedirectLintServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        server.settingsChanged(ServerSettings.fromJson(params.getSettings()));
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.analyses().request(0, true);
    }
}
