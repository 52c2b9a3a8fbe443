import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'stripe-credentials',
  type: 'STRIPE_CREDENTIALS',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'Stripe API key (sk_/rk_/pk_ live or test); Stripe documentation keys ignored',
  validation: 'prefix, alphabet, length',
  // Secret, restricted and publishable keys; older keys have 24 characters after the prefix, newer 99.
  pattern: /(?<![A-Za-z0-9_])[srp]k_(?:live|test)_[0-9A-Za-z]{16,247}(?![A-Za-z0-9_])/g,
  prefilter: ['k_live_', 'k_test_'],
  maxLength: 256,
  // Macie's list of Stripe documentation examples (section 1.2).
  allow: ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_TYooMQauvdEDq54NiTphI7jx'],
  examples: {
    // Made-up keys of the right shape.
    match: ['sk_live_51Hx7Qa2eZvKYlo2C8mW3pR9tN4vB6yU1', 'rk_test_Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1', 'pk_live_4fT9kQ2mZ7xB1nV6cR3sW8yH'],
    noMatch: [
      'api_key = sk_test_4eC39HqLyjWDarjtT1zdp7dc', // Stripe's documentation key
      'task_live_Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1', // not a Stripe prefix
      'sk_live_short', // too short
      'sk_prod_51Hx7Qa2eZvKYlo2C8mW3pR9tN4vB6yU1',
    ],
  },
});
