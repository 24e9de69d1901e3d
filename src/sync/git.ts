// The git command, run in the sync repository. We use the user's own git rather than a
// library: it already knows their remotes, SSH keys and credential helpers, and speaks every
// transport (ssh, https, a path on a USB stick); a JavaScript git would have to be taught all
// of that. It never prompts (no terminal to answer on); its messages are read in English.
import { execFile, spawn } from 'node:child_process';
import { UserError } from '../errors.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Settings for briefdeck's own commits, whatever the user's git config says. */
const CONFIG = ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', '-c', 'core.hooksPath=/dev/null', '-c', 'gc.auto=0'];

export class Git {
  constructor(
    readonly dir: string,
    /** Who commits when the environment does not say (GIT_AUTHOR_NAME… win over it). */
    private readonly identity: { name: string; email: string },
  ) {}

  /** Run git; a non-zero exit is returned, not thrown (callers say what it means). */
  run(args: readonly string[], input?: string): Promise<GitResult> {
    const { name, email } = this.identity;
    const argv = [...CONFIG, '-c', `user.name=${name}`, '-c', `user.email=${email}`, ...args];
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        argv,
        {
          cwd: this.dir,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', LANG: 'C' },
        },
        (error, stdout, stderr) => {
          if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return reject(gitMissing());
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  /** Run git and return its output; a failure is an Error with git's own first line. */
  async ok(args: readonly string[], input?: string): Promise<string> {
    const result = await this.run(args, input);
    if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
    return result.stdout;
  }

  /** Files of a commit as text: path → content (one git process for the whole tree). */
  async readTree(commit: string): Promise<Map<string, string>> {
    const listing = await this.ok(['ls-tree', '-r', '-z', commit]);
    const blobs = listing
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split('\t') as [string, string];
        return { file, sha: meta.split(' ')[2]! };
      });
    const files = new Map<string, string>();
    if (blobs.length === 0) return files;
    const output = await this.#catFileBatch(blobs.map((b) => b.sha).join('\n') + '\n');
    let at = 0;
    for (const { file } of blobs) {
      const headerEnd = output.indexOf(0x0a, at);
      const size = Number(output.toString('latin1', at, headerEnd).split(' ')[2]);
      files.set(file, output.toString('utf8', headerEnd + 1, headerEnd + 1 + size));
      at = headerEnd + 1 + size + 1;
    }
    return files;
  }

  #catFileBatch(input: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.dir, env: { ...process.env, LC_ALL: 'C' } });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file failed (exit ${code})`))));
      child.stdin.end(input);
    });
  }
}

export function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('hint:'));
  return (lines.find((line) => /^(fatal|error|remote|!)/.test(line)) ?? lines[0] ?? '').replace(/^(fatal|error): /, '');
}

function gitMissing(): UserError {
  return new UserError('briefdeck: sync needs git, and no git command was found — install git (or put it on PATH) and run briefdeck sync again', 1);
}
