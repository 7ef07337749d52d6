package be.burgerzaken.elections.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DbTest {

    @Test
    void aSingleRowInsertIsRepeatedAsItsValuesGroup() {
        assertEquals("(?, ?, 0)", Db.multiRowGroup("INSERT INTO elections.voter (id, name, version) VALUES (?, ?, 0)"));
        assertEquals("(?, ?)", Db.multiRowGroup(" insert into t (a, b) values (?, ?)"));
    }

    @Test
    void otherStatementsRunOneByOne() {
        assertNull(Db.multiRowGroup("UPDATE elections.voter SET status = ? WHERE id = ?"));
        assertNull(Db.multiRowGroup("INSERT INTO t (a) SELECT a FROM u WHERE b IN (?)"));
        assertNull(Db.multiRowGroup("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        assertNull(Db.multiRowGroup("INSERT INTO t (a, b) VALUES (?, lower(?))"));
    }
}
