// Worker thread of an import: seals chunks of clients with the tenant's key (see seal-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { ClientVault } from '../vault.ts';
import type { SealRequest, SealResponse } from './seal-pool.ts';

const { tenantId, dataKey } = workerData as { tenantId: string; dataKey: Uint8Array };
const vault = new ClientVault(tenantId, dataKey);

parentPort!.on('message', (request: SealRequest) => {
  const response: SealResponse = {
    seq: request.seq,
    sealed: request.items.map(({ id, at, client }) => ({ row: vault.newRow(id, client, { createdAt: at }), indexes: vault.indexes(client) })),
  };
  parentPort!.postMessage(response);
});
