import {
  Circle,
  Globe,
  Handshake,
  Mail,
  Mailbox,
  MessageCircle,
  Phone,
  Share2,
  Smartphone,
  Store,
  Truck,
  Users,
  type LucideIcon,
} from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  website: Globe,
  'mobile app': Smartphone,
  email: Mail,
  phone: Phone,
  chat: MessageCircle,
  'social media': Share2,
  store: Store,
  delivery: Truck,
  mail: Mailbox,
  'word of mouth': Users,
  partner: Handshake,
};

export function ChannelIcon({ channel, size = 14 }: { channel: string; size?: number }) {
  const Icon = ICONS[channel.trim().toLowerCase()] ?? Circle;
  return <Icon size={size} aria-hidden />;
}
