/** The `fdl` command. Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write('usage: fdl <validate|export|rename|simulate|studio> ...\n');
    return argv.length === 0 ? 2 : 0;
  }
  process.stderr.write(`fdl: unknown command '${argv[0]}'\n`);
  return 2;
}
