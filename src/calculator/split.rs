//! Keeping the financing split at 100%: when the reader sets one partner's share, the others
//! absorb the difference in proportion to their current shares (equally, when they are all
//! zero), in whole percents, so the total is always exactly 100.

use super::fields::{Partner, Split};

/// The split with `partner`'s share set to `value` (clamped to 0..=100) and the others
/// rebalanced.
pub fn rebalance(split: Split, partner: Partner, value: u8) -> Split {
    let index = partner.index();
    let value = value.min(100);
    let remaining = 100 - u32::from(value);
    let others: Vec<usize> = (0..split.len()).filter(|&i| i != index).collect();
    let weights: Vec<u32> = others.iter().map(|&i| u32::from(split[i])).collect();
    let total: u32 = weights.iter().sum();
    let weights = if total == 0 { vec![1; others.len()] } else { weights };
    let mut result = split;
    result[index] = value;
    for (slot, share) in others.iter().zip(apportion(remaining, &weights)) {
        result[*slot] = share;
    }
    result
}

/// Scales any shares to sum to exactly 100, keeping their proportions (equal shares when all
/// are zero).
pub fn normalize(split: Split) -> Split {
    let weights: Vec<u32> = split.iter().map(|&s| u32::from(s)).collect();
    let weights = if weights.iter().sum::<u32>() == 0 { vec![1; Partner::COUNT] } else { weights };
    let shares = apportion(100, &weights);
    let mut result = [0; Partner::COUNT];
    result.copy_from_slice(&shares);
    result
}

/// Splits `total` whole units in proportion to `weights` (largest remainders get the rest,
/// the earlier share first among equals).
fn apportion(total: u32, weights: &[u32]) -> Vec<u8> {
    let sum: u32 = weights.iter().sum::<u32>().max(1);
    let mut shares: Vec<(u32, u32)> = weights.iter().map(|&w| (total * w / sum, total * w % sum)).collect();
    let given: u32 = shares.iter().map(|s| s.0).sum();
    // A handful of shares: picking the largest remainder each time is simpler (and smaller
    // in the WebAssembly) than sorting.
    for _ in given..total {
        let mut best: Option<usize> = None;
        for (i, share) in shares.iter().enumerate() {
            if share.1 > 0 && best.is_none_or(|b| share.1 > shares[b].1) {
                best = Some(i);
            }
        }
        let Some(best) = best else { break };
        shares[best].0 += 1;
        shares[best].1 = 0;
    }
    // Each share is at most `total`, which is at most 100.
    shares.iter().map(|s| s.0 as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use Partner::*;

    #[test]
    fn others_absorb_a_change_in_proportion() {
        assert_eq!(rebalance([40, 20, 20, 10, 10], SoftBank, 60), [60, 13, 13, 7, 7]);
        assert_eq!(rebalance([40, 20, 20, 10, 10], Other, 10), [40, 20, 20, 10, 10]);
        assert_eq!(rebalance([100, 0, 0, 0, 0], SoftBank, 60), [60, 10, 10, 10, 10]);
        assert_eq!(rebalance([40, 20, 20, 10, 10], OpenAi, 255), [0, 100, 0, 0, 0]);
    }

    #[test]
    fn normalizes_to_one_hundred() {
        assert_eq!(normalize([0, 0, 0, 0, 0]), [20, 20, 20, 20, 20]);
        assert_eq!(normalize([1, 1, 1, 0, 0]), [34, 33, 33, 0, 0]);
        assert_eq!(normalize([200, 200, 0, 0, 0]), [50, 50, 0, 0, 0]);
    }
}
