import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface RunningServer {
  pid: number;
  port: number;
}

/**
 * The PostgreSQL that runs from this data folder, as the server itself records it in
 * `postmaster.pid` (its process id, the data folder it was started on, its port), when that
 * process is alive. Only the server's OS user can write that file, so nothing else on the machine
 * can make a server of its own pass for ours; a copy of a running folder names the original
 * folder, not this one.
 */
export function runningServer(databaseDir: string): RunningServer | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !lines[1]) return null;
  if (!sameFolder(lines[1], databaseDir)) return null;
  return alive(pid) ? { pid, port } : null;
}

export function sameFolder(a: string, b: string): boolean {
  const real = (folder: string) => {
    try {
      return fs.realpathSync(folder);
    } catch {
      return path.resolve(folder);
    }
  };
  return real(a) === real(b);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // The process exists but runs as another user (PostgreSQL's own, when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether anything accepts a connection on this loopback port. */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
