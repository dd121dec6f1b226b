// Messages the reader should see once: ignored parts of a link, a failed copy.
import { create } from 'zustand';

export interface Notice {
  id: number;
  message: string;
  tone: 'warning' | 'info';
}

export interface NoticeState {
  notices: Notice[];
  notify: (message: string, tone?: Notice['tone']) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (message, tone = 'warning') => set((s) => ({ notices: [...s.notices, { id: nextId++, message, tone }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
