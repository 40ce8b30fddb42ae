/**
 * Earlier versions of a file through the built-in git extension's API (`vscode.git`, API version 1),
 * so VS Code's own git, credentials and settings are used and nothing is spawned here. The few
 * members used are typed locally: the extension publishes its API as a `.d.ts` to copy, not a package.
 */
import * as vscode from 'vscode';

interface GitCommit { hash: string; message: string; authorDate?: Date; authorName?: string }
interface GitRepository {
  readonly rootUri: vscode.Uri;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  readonly state?: 'uninitialized' | 'initialized';
  readonly onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}
interface GitExtension { readonly enabled: boolean; getAPI(version: 1): GitApi }

export interface Revision { ref: string; label: string; description: string; detail?: string }

export interface FileHistory {
  revisions: Revision[];
  read(ref: string): Promise<string>;
}

/** The file's history, or undefined when git is unavailable or the file is in no repository. */
export async function fileHistory(uri: vscode.Uri, maxEntries = 50): Promise<FileHistory | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const repository = await repositoryOf(uri);
  if (!repository) return undefined;
  const commits = await repository.log({ path: uri.fsPath, maxEntries });
  return {
    revisions: commits.map((commit) => ({
      ref: commit.hash,
      label: commit.message.split('\n')[0] || commit.hash.slice(0, 8),
      description: commit.hash.slice(0, 8),
      detail: [commit.authorName, commit.authorDate ? new Date(commit.authorDate).toISOString().slice(0, 10) : undefined].filter(Boolean).join(' · ') || undefined,
    })),
    read: (ref) => repository.show(ref, uri.fsPath),
  };
}

async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git?.enabled) return undefined;
  const api = git.getAPI(1);
  if (api.state === 'uninitialized' && api.onDidChangeState) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      const listener = api.onDidChangeState!((state) => {
        if (state !== 'initialized') return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }
  const known = api.getRepository(uri);
  if (known) return known;
  // A repository the git extension has not discovered (nested, or created since): open it by its folder.
  const folder = vscode.Uri.joinPath(uri, '..');
  return (await api.openRepository?.(folder)) ?? api.getRepository(uri) ?? undefined;
}
