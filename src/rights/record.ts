// Rights request ↔ stored row. What identifies the person (name, contact, message) and every
// free text (notes, reasons) is sealed with the tenant's data key, bound to tenant + table +
// column + row id. Dates, type and status stay in clear for deadlines computed without a key.
import { FieldCipher } from '../crypto/field.ts';
import { canExtend, currentDueDate, deadlineStatus, dueDate, extendedDueDate } from '../core/rights/deadlines.ts';
import { allowedTransitions } from '../core/rights/requests.ts';
import {
  REQUEST_CHANNEL_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TYPE_LABELS,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
  type RightsRequest,
} from '../core/rights/types.ts';
import type { RightsRequestRow } from '../db/repositories/rights.ts';

const TABLE = 'rights_requests';
type SealedColumn = 'requester_name_enc' | 'requester_contact_enc' | 'message_enc' | 'notes_enc' | 'extension_reason_enc' | 'refusal_reason_enc';

export interface Requester {
  name: string | null;
  /** E-mail, phone or postal address, as the person gave it. */
  contact: string | null;
  message: string | null;
}

/** Details the business types about a request; the lifecycle goes through transitions. */
export interface RequestDetails {
  channel: RequestChannel;
  aboutMarketing: boolean;
  clientId: string | null;
  requester: Requester;
  notes: string | null;
}

/** The outcome of an erasure, stored without personal data. */
export interface ErasureReport {
  mode: 'suppression' | 'anonymisation' | 'partielle';
  erasedAt: string;
  documentsRemoved: number;
  documentsKept: number;
  kept: Array<{ what: string; why: string; until: string }>;
  erased: string[];
  /** What Rempart itself still holds, said plainly (journal, imports). */
  remarks: string[];
  summary: string;
}

export interface StoredRequest extends RequestDetails {
  id: string;
  request: RightsRequest;
  erasedOn: string | null;
  erasure: ErasureReport | null;
  createdAt: string;
  updatedAt: string;
}

export class RightsSeal {
  private readonly cipher: FieldCipher;

  constructor(
    readonly tenantId: string,
    dataKey: Uint8Array,
  ) {
    this.cipher = new FieldCipher(dataKey);
  }

  private enc(id: string, column: SealedColumn, value: string | null): string | null {
    return this.cipher.encryptNullable({ tenantId: this.tenantId, table: TABLE, column, rowId: id }, value);
  }

  private dec(id: string, column: SealedColumn, stored: string | null): string | null {
    return this.cipher.decryptNullable({ tenantId: this.tenantId, table: TABLE, column, rowId: id }, stored);
  }

  /** Columns rewritten when the details change. */
  sealDetails(id: string, d: RequestDetails) {
    return {
      channel: d.channel,
      about_marketing: d.aboutMarketing ? 1 : 0,
      client_id: d.clientId,
      requester_name_enc: this.enc(id, 'requester_name_enc', d.requester.name),
      requester_contact_enc: this.enc(id, 'requester_contact_enc', d.requester.contact),
      message_enc: this.enc(id, 'message_enc', d.requester.message),
      notes_enc: this.enc(id, 'notes_enc', d.notes),
    };
  }

  /** Columns rewritten by a change of status (the deadlines follow the extension). */
  sealLifecycle(id: string, r: RightsRequest) {
    return {
      type: r.type,
      status: r.status,
      received_on: r.receivedAt,
      due_on: dueDate(r.receivedAt),
      extended_on: r.extendedAt,
      extended_due_on: r.extendedAt === null ? null : extendedDueDate(r.receivedAt),
      extension_reason_enc: this.enc(id, 'extension_reason_enc', r.extensionReason),
      identity_check_required: r.identityCheckRequired ? 1 : 0,
      identity_verified_on: r.identityVerifiedAt,
      answered_on: r.answeredAt,
      refusal_reason_enc: this.enc(id, 'refusal_reason_enc', r.refusalReason),
      closed_on: r.closedAt,
    };
  }

  open(row: RightsRequestRow): StoredRequest {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    const id = row.id;
    return {
      id,
      request: {
        type: row.type as RequestType,
        channel: row.channel as RequestChannel,
        status: row.status as RequestStatus,
        receivedAt: row.received_on,
        identityCheckRequired: Number(row.identity_check_required) === 1,
        identityVerifiedAt: row.identity_verified_on,
        extendedAt: row.extended_on,
        extensionReason: this.dec(id, 'extension_reason_enc', row.extension_reason_enc),
        answeredAt: row.answered_on,
        refusalReason: this.dec(id, 'refusal_reason_enc', row.refusal_reason_enc),
        closedAt: row.closed_on,
        aboutMarketing: Number(row.about_marketing) === 1,
      },
      channel: row.channel as RequestChannel,
      aboutMarketing: Number(row.about_marketing) === 1,
      clientId: row.client_id,
      requester: {
        name: this.dec(id, 'requester_name_enc', row.requester_name_enc),
        contact: this.dec(id, 'requester_contact_enc', row.requester_contact_enc),
        message: this.dec(id, 'message_enc', row.message_enc),
      },
      notes: this.dec(id, 'notes_enc', row.notes_enc),
      erasedOn: row.erased_on,
      erasure: row.erasure_report ? (JSON.parse(row.erasure_report) as ErasureReport) : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}

/** The API shape: the request with its labels, its deadline and what can be done next. */
export function publicRequest(s: StoredRequest, now: Date) {
  const r = s.request;
  const extension = canExtend(r, now);
  return {
    id: s.id,
    type: r.type,
    typeLabel: REQUEST_TYPE_LABELS[r.type],
    channel: r.channel,
    channelLabel: REQUEST_CHANNEL_LABELS[r.channel],
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status],
    aboutMarketing: s.aboutMarketing,
    receivedAt: r.receivedAt,
    firstDueDate: dueDate(r.receivedAt),
    dueDate: currentDueDate(r),
    extendedAt: r.extendedAt,
    extendedDueDate: r.extendedAt === null ? null : extendedDueDate(r.receivedAt),
    extensionReason: r.extensionReason,
    identityCheckRequired: r.identityCheckRequired,
    identityVerifiedAt: r.identityVerifiedAt,
    answeredAt: r.answeredAt,
    refusalReason: r.refusalReason,
    closedAt: r.closedAt,
    deadline: deadlineStatus(r, now),
    allowedTransitions: allowedTransitions(r.status),
    extension: extension.ok ? { possible: true } : { possible: false, reason: extension.error },
    clientId: s.clientId,
    requester: s.requester,
    notes: s.notes,
    erasedAt: s.erasedOn,
    erasure: s.erasure,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export type PublicRequest = ReturnType<typeof publicRequest>;
