// What the register of processing activities declares, offered to the breach wizard so the
// user picks the data touched from what the business actually processes.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import { breachDataFromRegister, type RegisterProcessingData } from '../core/breach/from-register.ts';
import { loadRegister } from '../register/store.ts';

export async function breachRegisterData(app: App, actor: Actor): Promise<{ traitements: RegisterProcessingData[] }> {
  const { register } = await loadRegister(app, actor);
  return { traitements: breachDataFromRegister(register) };
}
