export interface RequestMeta {
  ip: string;
  userAgent: string;
}

export const CLI_META: RequestMeta = { ip: 'cli', userAgent: 'rempart-cli' };
