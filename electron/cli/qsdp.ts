import { runCli } from './commands';

// `npm run qsdp -- <command>`: exit codes are for scheduled tasks (see EXIT in ./commands).
runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
