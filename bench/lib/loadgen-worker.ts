import { type LoadSpec, runLoad } from './loadgen.js';

/** The load generator as its own process (pinned by the parent), driven over IPC: one spec in, one result out. */
process.on('message', (msg: { id: number; spec: LoadSpec }) => {
  void runLoad(msg.spec).then((result) => process.send?.({ id: msg.id, result }));
});
process.send?.({ ready: true });
