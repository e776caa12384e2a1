import type { Kysely } from 'kysely';
import type { Database, SecurityActionsTable, SecurityReviewsTable } from '../schema.ts';

/** Self-assessment storage of one tenant. */
export class SecurityAssessmentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async answers(): Promise<Record<string, string>> {
    const rows = await this.db.selectFrom('security_answers').select(['question_id', 'answer']).where('tenant_id', '=', this.tenantId).execute();
    return Object.fromEntries(rows.map((r) => [r.question_id, r.answer]));
  }

  async saveAnswer(questionId: string, answer: string | null, userId: string, now: string): Promise<void> {
    const where = this.db.deleteFrom('security_answers').where('tenant_id', '=', this.tenantId).where('question_id', '=', questionId);
    if (answer === null) {
      await where.execute();
      return;
    }
    await this.db
      .insertInto('security_answers')
      .values({ tenant_id: this.tenantId, question_id: questionId, answer, updated_at: now, updated_by: userId })
      .onConflict((oc) => oc.columns(['tenant_id', 'question_id']).doUpdateSet({ answer, updated_at: now, updated_by: userId }))
      .execute();
  }

  async actions(): Promise<SecurityActionsTable[]> {
    return this.db.selectFrom('security_actions').selectAll().where('tenant_id', '=', this.tenantId).execute();
  }

  async saveAction(actionId: string, status: string, dueDate: string, now: string): Promise<void> {
    await this.db
      .insertInto('security_actions')
      .values({ tenant_id: this.tenantId, action_id: actionId, status, due_date: dueDate, updated_at: now })
      .onConflict((oc) => oc.columns(['tenant_id', 'action_id']).doUpdateSet({ status, due_date: dueDate, updated_at: now }))
      .execute();
  }

  async reviews(): Promise<SecurityReviewsTable[]> {
    return this.db.selectFrom('security_reviews').selectAll().where('tenant_id', '=', this.tenantId).orderBy('completed_at').execute();
  }

  async deleteReviewsOn(day: string): Promise<void> {
    await this.db
      .deleteFrom('security_reviews')
      .where('tenant_id', '=', this.tenantId)
      .where('completed_at', '>=', `${day}T00:00:00`)
      .where('completed_at', '<', `${day}T99`)
      .execute();
  }

  async addReview(row: Omit<SecurityReviewsTable, 'tenant_id'>): Promise<void> {
    await this.db.insertInto('security_reviews').values({ ...row, tenant_id: this.tenantId }).execute();
  }
}
