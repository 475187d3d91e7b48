import { parseArgs } from 'node:util';
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';

const USAGE = `Usage: npm run admin:create -- --email ADDRESS [--password-stdin]

  --email ADDRESS    the new admin's e-mail address (signs in with it)
  --password-stdin   read the password from the first line of standard input
                     (otherwise it is asked for, twice, without echo)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks for a line on the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (result: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (result === null) reject(new Error('Cancelled.'));
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003' || char === '\u0004') return done(null);
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return console.log(USAGE);
  if (!values.email) fail(`Name the admin with --email.\n\n${USAGE}`);

  let password: string;
  if (values['password-stdin']) password = await readStdinLine();
  else if (process.stdin.isTTY) {
    password = await promptHidden('Password: ');
    if ((await promptHidden('Same password again: ')) !== password) fail('The two passwords differ; nothing was created.', 1);
  } else fail('Standard input is not a terminal: pass --password-stdin and pipe the password in.');

  const { passwordProblem } = await import('../lib/auth/password');
  const problem = passwordProblem(password);
  if (problem) fail(`${problem} Nothing was created.`, 1);

  const handle = await ensureDatabase();
  process.env.DATABASE_URL = handle.url;
  try {
    await migrate(handle.url);
    const { createAdmin } = await import('../lib/auth/admins');
    const { disconnectDb } = await import('../lib/db/client');
    try {
      // No process.exit in here: the embedded PostgreSQL must be stopped first.
      const result = await createAdmin(values.email, password);
      if (result.status === 'created') console.log(`Created admin ${result.email}. Sign in at /en/admin/login.`);
      else {
        process.exitCode = 1;
        console.error(
          result.status === 'invalid'
            ? `${result.error} Nothing was created.`
            : `An admin ${result.email} already exists; nothing was changed.`,
        );
      }
    } finally {
      await disconnectDb();
    }
  } finally {
    await handle.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => fail(`Could not create the admin: ${(error as Error).message}`, 1),
);
